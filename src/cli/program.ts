import { Command, CommanderError, Help, Option } from 'commander';
import { t } from '../i18n/index.js';
import { type Lang, MUNICIPALITY_TYPES, STATES } from '../model/types.js';
import { LANGS, REPORT_FORMATS, SCORE_FORMATS } from './dispatch.js';
import { type Context, commandContext, type Io } from './context.js';
import { handleError, translateCommanderError } from './run.js';
import { VERSION } from './version.js';

/**
 * The full command line, through commander: help, suggestions, every command
 * and every unusual argv. `main()` loads it only when its fast dispatch
 * (dispatch.ts) does not take the argv. Every command's module is imported
 * inside its action, so `--help` never loads what only `report` needs.
 */
export async function runProgram(argv: readonly string[], lang: Lang, io: Io): Promise<number> {
  const status = { code: 0 };
  const program = buildProgram(lang, io, status);
  if (argv.length === 0) {
    // No command at all: the help is the answer, not a usage error.
    io.stdout.write(program.helpInformation());
    return 0;
  }
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return status.code;
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.exitCode === 0) return 0; // --help, --version
      io.stderr.write(`${translateCommanderError(error, lang)}\n`);
      io.stderr.write(`${t(lang, 'cli.seeHelp')}\n`);
      return 2;
    }
    return handleError(error, { lang, stderr: io.stderr });
  }
}

type Options = Record<string, unknown>;

/** What every command's registration needs: the builders over one language and one io. */
interface Builders {
  /** A new command under `parent`, with the shared output, help and error settings. */
  command: (parent: Command, name: string) => Command;
  /** `--catalogue`, `--lang`, `--no-color`. */
  common: (cmd: Command, catalogueHelp?: string) => Command;
  /** `-f, --format` with its choices, the first of them the default. */
  format: (cmd: Command, choices: readonly string[]) => Command;
  /** `-o, --output` and `--force`. */
  output: (cmd: Command, outputHelp?: string) => Command;
  context: (options: Options) => Context;
  example: (lines: string[]) => string;
  m: (key: string) => string;
  status: { code: number };
}

function buildProgram(lang: Lang, io: Io, status: { code: number }): Command {
  const b = builders(lang, io, status);
  const program = configure(new Command('efa-readiness'), lang, io)
    .description(b.m('cli.description'))
    .version(VERSION, '-V, --version', b.m('cli.opt.version'))
    .helpCommand(false)
    .addHelpText('after', `\n${b.m('cli.exitCodes')}\n`);
  for (const register of COMMANDS) register(program, b);
  return program;
}

function configure(cmd: Command, lang: Lang, io: Io): Command {
  return cmd
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: () => undefined, // errors are translated and printed in runProgram()
    })
    .configureHelp({
      styleTitle: (title) => helpTitle(title, lang),
      optionDescription: (option) => optionDescription(option, lang),
      argumentDescription: (argument) => argument.description,
      commandUsage: (cmd) => localUsage(new Help().commandUsage(cmd), lang),
    })
    .helpOption('-h, --help', t(lang, 'cli.opt.help'))
    .showSuggestionAfterError(true);
}

function builders(lang: Lang, io: Io, status: { code: number }): Builders {
  const m = (key: string): string => t(lang, key);
  return {
    command: (parent, name) => configure(parent.command(name), lang, io),
    common: (cmd, catalogueHelp = 'cli.opt.catalogue') =>
      lastCommon(cmd.option('-c, --catalogue <file|id>', m(catalogueHelp)), m),
    format: (cmd, choices) =>
      cmd.addOption(
        new Option('-f, --format <format>', m('cli.opt.format'))
          .choices(choices)
          .default(choices[0]),
      ),
    output: (cmd, outputHelp = 'cli.opt.output') =>
      cmd.option('-o, --output <file>', m(outputHelp)).option('--force', m('cli.opt.force')),
    context: (options) => commandContext(io, lang, options),
    example: (lines) => `\n${m('cli.examples')}\n${lines.map((l) => `  $ ${l}`).join('\n')}\n`,
    m,
    status,
  };
}

/** `--lang` and `--no-color`: every command has them, most after `--catalogue`. */
function lastCommon(cmd: Command, m: (key: string) => string): Command {
  return cmd
    .addOption(new Option('--lang <lang>', m('cli.opt.lang')).choices(LANGS))
    .option('--no-color', m('cli.opt.noColor'));
}

function registerValidate(program: Command, b: Builders): void {
  b.common(b.command(program, 'validate'))
    .description(b.m('cli.validate.description'))
    .argument('<files...>', b.m('cli.arg.files'))
    .option('--fix', b.m('cli.opt.fix'))
    .option('--dry-run', b.m('cli.opt.dryRun'))
    .addHelpText(
      'after',
      b.example([
        'efa-readiness validate criteria/efa-default.yaml examples/*.yaml',
        'efa-readiness validate --fix --dry-run meine-kommune.yaml',
        'efa-readiness validate meine-kommune.yaml --catalogue eigener-katalog.yaml',
      ]),
    )
    .action(async (files: string[], options: Options) => {
      const { runValidate } = await import('./commands/validate.js');
      b.status.code = await runValidate(b.context(options), files, options);
    });
}

function registerScore(program: Command, b: Builders): void {
  b.format(b.common(b.command(program, 'score')), SCORE_FORMATS)
    .description(b.m('cli.score.description'))
    .argument('<assessment>', b.m('cli.arg.assessment'))
    .option('--fail-under <score>', b.m('cli.opt.failUnder'))
    .addHelpText(
      'after',
      b.example([
        'efa-readiness score examples/musterstadt.yaml',
        'efa-readiness score meine-kommune.yaml --format json > ergebnis.json',
        'efa-readiness score meine-kommune.yaml --fail-under 60 --lang en',
      ]),
    )
    .action(async (assessment: string, options: Options) => {
      const { runScore } = await import('./commands/score.js');
      b.status.code = await runScore(b.context(options), assessment, options);
    });
}

function registerReport(program: Command, b: Builders): void {
  b.output(b.format(b.common(b.command(program, 'report')), REPORT_FORMATS))
    .description(b.m('cli.report.description'))
    .argument('<assessment>', b.m('cli.arg.assessment'))
    .option('--template <file>', b.m('cli.opt.template'))
    .addHelpText(
      'after',
      b.example([
        'efa-readiness report examples/musterstadt.yaml --format html --output bericht.html',
        'efa-readiness report meine-kommune.yaml --format pdf --output blaupause.pdf',
        'efa-readiness report meine-kommune.yaml --format docx --output standortbestimmung.docx',
        'efa-readiness report meine-kommune.yaml --lang en > report.md',
      ]),
    )
    .action(async (assessment: string, options: Options) => {
      const { runReport } = await import('./commands/report.js');
      b.status.code = await runReport(b.context(options), assessment, options);
    });
}

function registerInterview(program: Command, b: Builders): void {
  b.common(b.command(program, 'interview'), 'cli.opt.catalogueNew')
    .description(b.m('cli.interview.description'))
    .option('-o, --output <file>', b.m('cli.opt.interviewOutput'))
    .option('--dimension <id...>', b.m('cli.opt.dimension'))
    .addHelpText(
      'after',
      b.example([
        'efa-readiness interview --output musterstadt.yaml',
        'efa-readiness interview --output musterstadt.yaml --dimension interfaces staff',
      ]),
    )
    .action(async (options: Options) => {
      const { runInterview } = await import('./commands/interview.js');
      b.status.code = await runInterview(b.context(options), options);
    });
}

function registerInit(program: Command, b: Builders): void {
  b.output(b.common(b.command(program, 'init'), 'cli.opt.catalogueInit'))
    .description(b.m('cli.init.description'))
    .option('--schema-copy', b.m('cli.opt.schemaCopy'))
    .option('--name <name>', b.m('cli.opt.initName'))
    .addOption(new Option('--type <type>', b.m('cli.opt.initType')).choices(MUNICIPALITY_TYPES))
    .addOption(new Option('--state <land>', b.m('cli.opt.initState')).choices(STATES))
    .addHelpText(
      'after',
      b.example([
        'efa-readiness init --output meine-kommune.yaml',
        'efa-readiness init --name Musterstadt --type stadt --state HE --output musterstadt.yaml',
        'efa-readiness init --catalogue eigener-katalog.yaml --lang en --output my-town.yaml',
      ]),
    )
    .action(async (options: Options) => {
      const { runInit } = await import('./commands/init.js');
      b.status.code = await runInit(b.context(options), options);
    });
}

function registerSchema(program: Command, b: Builders): void {
  b.output(
    b.common(b.command(program, 'schema'), 'cli.opt.schemaCatalogue'),
    'cli.opt.schemaOutput',
  )
    .description(b.m('cli.schema.description'))
    .option('--install-vscode [folder]', b.m('cli.opt.installVscode'))
    .addHelpText(
      'after',
      b.example([
        'efa-readiness schema --install-vscode kommunen/',
        'efa-readiness schema --catalogue eigener-katalog.yaml --output eigener-katalog.assessment.schema.json',
      ]),
    )
    .action(async (options: Options) => {
      const { runSchema } = await import('./commands/schema.js');
      b.status.code = await runSchema(b.context(options), options);
    });
}

function registerCompare(program: Command, b: Builders): void {
  const { m } = b;
  b.output(b.format(b.common(b.command(program, 'compare')), COMPARE_FORMATS))
    .description(m('cli.compare.description'))
    .argument('<paths...>', m('cli.arg.paths'))
    .option('--handouts <folder>', m('cli.opt.handouts'))
    .option('--fold-above <n>', m('cli.opt.foldAbove'))
    .addOption(new Option('--group-by <key>', m('cli.opt.groupBy')).choices(['type', 'state']))
    .option('--anonymize', m('cli.opt.anonymize'))
    .option('--anonymize-key <file>', m('cli.opt.anonymizeKey'))
    .option('--skip-invalid', m('cli.opt.skipInvalid'))
    .addOption(new Option('--csv-locale <locale>', m('cli.opt.csvLocale')).choices(['de', 'en']))
    .addHelpText(
      'after',
      b.example([
        'efa-readiness compare examples/',
        'efa-readiness compare pilotkommunen/ --format html --output vergleich.html --group-by type',
        'efa-readiness compare landkreis/*.yaml --format csv --anonymize --output vergleich.csv',
        'efa-readiness compare landkreis/ --format xlsx --output blaupause.xlsx',
        'efa-readiness compare workshop/ --format html --output vergleich.html --anonymize --handouts handouts/',
        'efa-readiness compare landkreis/ --format pdf --output vergleich.pdf --fold-above 1000',
      ]),
    )
    .action(async (paths: string[], options: Options) => {
      const { runCompare } = await import('./commands/compare.js');
      b.status.code = await runCompare(b.context(options), paths, options);
    });
}

const COMPARE_FORMATS = ['md', 'html', 'pdf', 'json', 'csv', 'xlsx'];

/** No `--catalogue`: every case names its own. */
function registerConformance(program: Command, b: Builders): void {
  lastCommon(b.format(b.command(program, 'conformance'), ['text', 'json']), b.m)
    .description(b.m('cli.conformance.description'))
    .argument('<dir>', b.m('cli.arg.conformanceDir'))
    .addHelpText(
      'after',
      b.example([
        'efa-readiness conformance test/conformance',
        'efa-readiness conformance ../meine-faelle/v1 --format json',
      ]),
    )
    .action(async (dir: string, options: Options) => {
      const { runConformance } = await import('./commands/conformance.js');
      b.status.code = await runConformance(b.context(options), dir, options);
    });
}

function registerForm(program: Command, b: Builders): void {
  b.common(b.command(program, 'form'), 'cli.opt.catalogueForm')
    .description(b.m('cli.form.description'))
    .option('--from <assessment>', b.m('cli.opt.formFrom'))
    .option('-o, --output <file>', b.m('cli.opt.output'))
    .option('--force', b.m('cli.opt.force'))
    .addHelpText(
      'after',
      b.example([
        'efa-readiness form --output fragebogen.html',
        'efa-readiness form --from musterstadt.yaml --output musterstadt-fragebogen.html',
        'efa-readiness form --catalogue eigener-katalog.yaml --lang en --output questionnaire.html',
      ]),
    )
    .action(async (options: Options) => {
      const { runForm } = await import('./commands/form.js');
      b.status.code = await runForm(b.context(options), options);
    });
}

/** `catalogue show|diff|lint`: for the people who maintain catalogues and Land profiles. */
function registerCatalogue(program: Command, b: Builders): void {
  const group = b.command(program, 'catalogue').description(b.m('cli.catalogue.description'));
  registerCatalogueShow(group, b);
  registerCatalogueDiff(group, b);
  registerCatalogueLint(group, b);
}

function registerCatalogueShow(group: Command, b: Builders): void {
  b.format(b.output(b.common(b.command(group, 'show'))), ['yaml', 'json', 'md'])
    .description(b.m('cli.catalogue.show.description'))
    .argument('<catalogue>', b.m('cli.arg.catalogue'))
    .addHelpText(
      'after',
      b.example([
        'efa-readiness catalogue show he',
        'efa-readiness catalogue show criteria/he.yaml --format md',
      ]),
    )
    .action(async (ref: string, options: Options) => {
      const { runCatalogueShow } = await import('./commands/catalogue.js');
      b.status.code = await runCatalogueShow(b.context(options), ref, options);
    });
}

function registerCatalogueDiff(group: Command, b: Builders): void {
  const cmd = b
    .output(b.common(b.command(group, 'diff')))
    .description(b.m('cli.catalogue.diff.description'))
    .argument('<from>', b.m('cli.arg.catalogue'))
    .argument('<to>', b.m('cli.arg.catalogue'))
    .option('--examples <paths...>', b.m('cli.opt.examples'));
  b.format(cmd, ['md', 'json'])
    .addHelpText(
      'after',
      b.example([
        'efa-readiness catalogue diff efa-default@1.1.0 efa-default@1.2.0',
        'efa-readiness catalogue diff efa-default he',
      ]),
    )
    .action(async (from: string, to: string, options: Options) => {
      const { runCatalogueDiff } = await import('./commands/catalogue.js');
      b.status.code = await runCatalogueDiff(b.context(options), from, to, options);
    });
}

function registerCatalogueLint(group: Command, b: Builders): void {
  b.format(b.output(b.common(b.command(group, 'lint'))), ['text', 'json'])
    .description(b.m('cli.catalogue.lint.description'))
    .argument('<catalogue>', b.m('cli.arg.catalogue'))
    .addHelpText('after', b.example(['efa-readiness catalogue lint criteria/he.yaml']))
    .action(async (ref: string, options: Options) => {
      const { runCatalogueLint } = await import('./commands/catalogue.js');
      b.status.code = await runCatalogueLint(b.context(options), ref, options);
    });
}

/** In the order `--help` lists them. */
const COMMANDS: readonly ((program: Command, b: Builders) => void)[] = [
  registerValidate,
  registerScore,
  registerReport,
  registerInterview,
  registerInit,
  registerSchema,
  registerCompare,
  registerConformance,
  registerForm,
  registerCatalogue,
];

const TITLES: Record<string, string> = {
  'Usage:': 'cli.help.usage',
  'Options:': 'cli.help.options',
  'Arguments:': 'cli.help.arguments',
  'Commands:': 'cli.help.commands',
  'Global Options:': 'cli.help.options',
};

/** "efa-readiness [options] [command]" in the reader's words. */
function localUsage(usage: string, lang: Lang): string {
  return usage
    .replace('[options]', `[${t(lang, 'cli.help.optionsWord')}]`)
    .replace('[command]', `[${t(lang, 'cli.help.commandWord')}]`);
}

function helpTitle(title: string, lang: Lang): string {
  const key = TITLES[title];
  return key ? t(lang, key) : title;
}

function optionDescription(option: Option, lang: Lang): string {
  const extra: string[] = [];
  if (option.argChoices)
    extra.push(`${t(lang, 'cli.help.choices')}: ${option.argChoices.join(', ')}`);
  if (option.defaultValue !== undefined && typeof option.defaultValue !== 'boolean') {
    extra.push(`${t(lang, 'cli.help.default')}: ${String(option.defaultValue)}`);
  }
  return extra.length > 0 ? `${option.description} (${extra.join('; ')})` : option.description;
}
