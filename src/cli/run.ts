import { Command, CommanderError } from 'commander';
// the readers' list alone (for the help's formats), not the doc barrel: a graph question loads no reader or extractor
import { READERS } from '../doc/readers/index.js';
import { addGraphCommands, closeOpenedStores } from './graph-commands.js';
import { addServeCommand } from './serve-command.js';
import { DEFAULT_LINK, limitOptions, TYPE_NAMES, UsageError } from './options.js';
import { terminalIo } from './terminal.js';
import { VERSION } from './version.js';

/** extract and read (the readers, the folder walk and the extractor behind them), loaded by the command that runs. */
const documentCommands = () => import('./document-commands.js');

export interface Io {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
}

const processIo: Io = {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
};

export { VERSION };

/** The file extensions the document readers take, for help: from the readers' own list. */
const FORMATS = READERS.flatMap((r) => r.extensions).join(', ');

/** commander's message on one line: "unknown option '--x'" and its "(Did you mean --y?)" together. */
const oneLine = (s: string): string => s.replace(/^error: /, '').trim().replace(/\s*\n\s*/g, ' ') + '\n';

function errorMessage(e: unknown): string {
  return e instanceof Error ? e.message.split('\n')[0] ?? e.name : String(e);
}

/**
 * Run the CLI with `argv` (without "node" and the script); resolves to the exit code: 0 done,
 * 1 failed (a file that cannot be read, an unexpected error: one line, `--debug` for the stack),
 * 2 usage (a bad option or argument: one line naming it and what it accepts, before any work).
 */
export async function run(argv: readonly string[], rawIo: Io = processIo): Promise<number> {
  // document text reaches people's terminals without its escape sequences; data outputs stay exact
  const io = terminalIo(rawIo, argv);
  let code = 0;
  try {
    await buildProgram(io, (c) => {
      code = c;
    }).parseAsync([...argv], { from: 'user' });
  } catch (e) {
    await closeOpenedStores();
    if (e instanceof CommanderError) return e.exitCode === 0 ? 0 : 2;
    if (e instanceof UsageError) {
      io.stderr(e.message + '\n');
      return 2;
    }
    // anything else is a bug or the system's doing: one line, the stack only when asked
    io.stderr(argv.includes('--debug') && e instanceof Error && e.stack ? e.stack + '\n' : `vanban: ${errorMessage(e)} (--debug for the stack)\n`);
    return 1;
  }
  await closeOpenedStores();
  return code;
}

/** The commands and their options: the one definition that parses, validates and writes the help. */
function buildProgram(io: Io, setCode: (c: number) => void): Command {
  const program = new Command()
    .name('vanban')
    .description('Citations of Vietnamese legal, administrative and Party documents')
    .version(VERSION, '-V, --version', 'print the version')
    .option('--debug', 'on an unexpected error, print its stack')
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout(s),
      writeErr: (s) => io.stderr(s),
      // commander's own usage errors ("unknown option", "missing required argument"), one line like ours
      outputError: (s, write) => write(`vanban: ${oneLine(s)}`),
    });
  const configure = (c: Command): Command => c.exitOverride().configureOutput({ outputError: (s, write) => write(`vanban ${c.name()}: ${oneLine(s)}`) });
  configure(
    limitOptions(program
      .command('extract')
      .description(`extract the citations of documents (folders are walked for ${FORMATS})`)
      .argument('<files...>', 'files or folders')
      .option('--json', 'print one JSON array [{ file, citations }] (docs/schema/extract.json)')
      .option('--ndjson', 'print one JSON object { file, citations } per line, as each file is read (docs/schema/extract-ndjson-line.json)')
      .option('--summary', 'print counts and the most cited documents instead of the table')
      .option('--include-all', 'in folders, also read README*, SOURCES*, LICENSE*, CHANGELOG*, dotfiles and dot-folders (left out by default; .vanbanignore rules still apply)')
      .option('--province <name>', 'province of the citing documents, to complete ids ("Hà Tĩnh")')
      .option('--district <name>', 'district of the citing documents ("thị xã Hồng Lĩnh")')
      .option('--date <date>', 'date of the citing documents (YYYY, YYYY-MM or YYYY-MM-DD); a day is also their date of issue where a header lost it')
      .option('--number <symbol>', 'number of the documents, where a header lost it ("75/2021/NĐ-CP")')
      .option('--place <phrase>', 'issuing place with its level word, where a header lost it ("tỉnh Hà Tĩnh")')
      .option('--type <type>', `document type, where a header lost it: ${TYPE_NAMES.join(', ')} (with or without accents, or the code: "KH")`)),
  ).action(async (files: string[], flags: Record<string, unknown>) => {
    const { runExtract } = await documentCommands();
    setCode(await runExtract(files, flags, io));
  });
  configure(
    limitOptions(program
      .command('read')
      .description(`read one document (${FORMATS}): identity, header, sections, citations with their section paths`)
      .argument('<file>', 'the document')
      .option('--json', 'print the Document as JSON (docs/schema/read.json)')
      .option('--province <name>', 'province of the document, when the header does not say')
      .option('--district <name>', 'district of the document, when the header does not say')
      .option('--date <date>', 'date of the document (YYYY-MM-DD), when the header lost it')
      .option('--number <symbol>', 'number of the document, when the header lost it ("75/2021/NĐ-CP")')
      .option('--place <phrase>', 'issuing place with its level word, when the header lost it ("tỉnh Hà Tĩnh")')
      .option('--type <type>', `document type, when the header lost it: ${TYPE_NAMES.join(', ')} (with or without accents, or the code: "KH")`)),
  ).action(async (file: string, flags: Record<string, unknown>) => {
    const { runRead } = await documentCommands();
    setCode(await runRead(file, flags, io));
  });
  configure(
    program
      .command('annotate')
      .description('print a document with every citation a link: an HTML or Markdown file in its own markup, any other file as Markdown or an HTML fragment (docs/annotate.md)')
      .argument('<file>', `the document (${FORMATS})`)
      .option('--html', 'HTML: for an .html file its own markup with anchors inserted (its default), for another file its text escaped, as a fragment')
      .option('--md', 'Markdown, each citation [text](<url> "title"): for a .md file its own markup with links inserted, for another file its text escaped (the default but for .html)')
      .option('--link <template>', `where a citation links to, {id} standing for the cited document's id (default "${DEFAULT_LINK}")`)
      .option('--province <name>', 'province of the document, when the header does not say ("Hà Tĩnh")')
      .option('--district <name>', 'district of the document, when the header does not say')
      .option('--date <date>', 'date of the document (YYYY, YYYY-MM or YYYY-MM-DD), when the header lost it'),
  ).action(async (file: string, flags: Record<string, unknown>) => {
    // loaded by the command: the annotators read Markdown and HTML sources with remark and rehype
    const [{ runAnnotate }, { placesFromFlags }] = await Promise.all([import('./annotate-command.js'), documentCommands()]);
    setCode(await runAnnotate(file, flags, io, placesFromFlags));
  });
  addGraphCommands(program, io, setCode);
  addServeCommand(program, io, setCode, VERSION);
  for (const c of program.commands) configure(c);
  return program;
}
