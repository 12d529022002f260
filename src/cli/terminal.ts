import type { Io } from './run.js';

/**
 * Text for a terminal. A document can hold escape sequences (a converter's colour codes, or a file
 * made to attack whoever reads it: `ESC ]0;…` retitles the window, `ESC [2J` clears the screen,
 * some terminals answer queries by typing into the shell) and control characters (a carriage
 * return that overwrites the line before it, a backspace, C1 controls that some terminals obey as
 * escapes). The CLI's tables and lines are for people: those are taken out of everything they
 * print. Its data outputs (--json, --ndjson, export, annotate) keep the text exact: JSON escapes
 * the C0 controls itself, and the other formats are files.
 */

// Sequences first, whole, so that their parameters do not stay behind as text: CSI (ESC [ or the C1
// CSI U+009B: parameters 0x30–0x3F, intermediates 0x20–0x2F, a final 0x40–0x7E); the string
// sequences OSC, DCS, SOS, PM, APC (ESC ] P X ^ _ or their C1 forms) up to BEL or ST, or the end of
// the line when unterminated; any other ESC with its intermediates and final character. Each part
// is a run of one class followed by a character outside it: no backtracking.
// eslint-disable-next-line no-control-regex -- control characters are what this removes
const SEQUENCE = /(?:\u001B\[|\u009B)[\u0030-\u003F]*[\u0020-\u002F]*[\u0040-\u007E]?|(?:\u001B[\]PX^_]|[\u009D\u0090\u0098\u009E\u009F])[^\u0007\u001B\u009C\n]*(?:\u0007|\u001B\\|\u009C)?|\u001B[\u0020-\u002F]*[\u0030-\u007E]?/g;
// What is left: C0 controls but tab and newline, DEL, C1 controls, and the bidirectional overrides
// and isolates, which reorder what is shown ("Trojan Source").
// eslint-disable-next-line no-control-regex -- control characters are what this removes
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;

/** `text` without escape sequences and control characters (tab and newline kept). */
export function terminalSafe(text: string): string {
  return text.replace(SEQUENCE, '').replace(CONTROL, '');
}

/** Commands whose standard output is a file format, printed exactly. */
const DATA_COMMANDS = new Set(['export', 'annotate']);
/** Flags that make any command print JSON, printed exactly. */
const DATA_FLAGS = new Set(['--json', '--ndjson']);

/** Whether `argv` asks for data on standard output (JSON, an export format) rather than text for people. */
export function printsData(argv: readonly string[]): boolean {
  const end = argv.indexOf('--');
  const options = end < 0 ? argv : argv.slice(0, end);
  const command = options.find((a) => !a.startsWith('-'));
  return options.some((a) => DATA_FLAGS.has(a)) || (command !== undefined && DATA_COMMANDS.has(command));
}

/**
 * `io` with terminal-safe text: the error stream always, standard output unless `argv` asks for data.
 * The one place the CLI's printing goes through, so that no table, line or message can miss it.
 */
export function terminalIo(io: Io, argv: readonly string[]): Io {
  const data = printsData(argv);
  return {
    stdout: data ? io.stdout : (s) => io.stdout(terminalSafe(s)),
    stderr: (s) => io.stderr(terminalSafe(s)),
  };
}
