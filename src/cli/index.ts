/** The command-line interface, callable in-process (for tests and embedding). */
export { run, type Io } from './run.js';
export { decodeText, readTextFile, expandInputs, InputError } from './read-text.js';
