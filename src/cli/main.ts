import { Command, CommanderError, Help, Option } from 'commander';
import { detectLang, isLang, t } from '../i18n/index.js';
import { type Lang, MUNICIPALITY_TYPES, STATES } from '../model/types.js';
import { type Context, wantsColor } from './context.js';
import { guardOutput, handleError, outputFailed, translateCommanderError } from './run.js';
import { VERSION } from './version.js';

/**
 * The command line: flags, help and exit codes, nothing else. Every command's
 * module is imported inside its action, so `--help` or `score` never load
 * what only `report` or `interview` need.
 */
export async function main(
  argv: readonly string[],
  io: Pick<Context, 'env' | 'stdout' | 'stderr' | 'stdin' | 'cwd'> = {
    env: process.env,
    stdout: process.stdout,
    stderr: process.stderr,
    stdin: process.stdin,
    cwd: process.cwd(),
  },
): Promise<number> {
  const lang = detectLang(preScanLang(argv), io.env);
  const stdout = guardOutput(io.stdout);
  const stderr = guardOutput(io.stderr); // nowhere left to say anything: ignored
  try {
    const code = await runProgram(argv, lang, io);
    return outputFailed(code, stdout.failure(), { lang, stderr: io.stderr });
  } finally {
    stdout.release();
    stderr.release();
  }
}

async function runProgram(argv: readonly string[], lang: Lang, io: Io): Promise<number> {
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

/** `--lang` decides the language of help and errors, so it is read before commander parses. */
function preScanLang(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--lang') return argv[i + 1];
    if (arg.startsWith('--lang=')) return arg.slice('--lang='.length);
  }
  return undefined;
}

type Io = Pick<Context, 'env' | 'stdout' | 'stderr' | 'stdin' | 'cwd'>;
type Options = Record<string, unknown>;

function buildProgram(lang: Lang, io: Io, status: { code: number }): Command {
  const m = (key: string, params?: Record<string, string | number>): string => t(lang, key, params);
  const program = new Command('efa-readiness');

  const configure = (cmd: Command): Command =>
    cmd
      .exitOverride()
      .configureOutput({
        writeOut: (s) => io.stdout.write(s),
        writeErr: () => undefined, // errors are translated and printed in main()
      })
      .configureHelp({
        styleTitle: (title) => helpTitle(title, lang),
        optionDescription: (option) => optionDescription(option, lang),
        argumentDescription: (argument) => argument.description,
        commandUsage: (cmd) => localUsage(new Help().commandUsage(cmd), lang),
      })
      .helpOption('-h, --help', m('cli.opt.help'))
      .showSuggestionAfterError(true);

  configure(program)
    .description(m('cli.description'))
    .version(VERSION, '-V, --version', m('cli.opt.version'))
    .helpCommand(false)
    .addHelpText('after', `\n${m('cli.exitCodes')}\n`);

  const common = (cmd: Command, { catalogueHelp = 'cli.opt.catalogue' } = {}): Command => {
    cmd.option('-c, --catalogue <file|id>', m(catalogueHelp));
    return cmd
      .addOption(new Option('--lang <lang>', m('cli.opt.lang')).choices(['de', 'en']))
      .option('--no-color', m('cli.opt.noColor'));
  };

  const context = (options: Options): Context => {
    const chosen = options.lang;
    return {
      ...io,
      lang: isLang(chosen) ? chosen : lang,
      color: wantsColor(options.color as boolean | undefined, io.env, io.stdout),
    };
  };

  const example = (lines: string[]): string =>
    `\n${m('cli.examples')}\n${lines.map((l) => `  $ ${l}`).join('\n')}\n`;

  // validate ---------------------------------------------------------------
  common(configure(program.command('validate')))
    .description(m('cli.validate.description'))
    .argument('<files...>', m('cli.arg.files'))
    .option('--fix', m('cli.opt.fix'))
    .option('--dry-run', m('cli.opt.dryRun'))
    .addHelpText(
      'after',
      example([
        'efa-readiness validate criteria/efa-default.yaml examples/*.yaml',
        'efa-readiness validate --fix --dry-run meine-kommune.yaml',
        'efa-readiness validate meine-kommune.yaml --catalogue eigener-katalog.yaml',
      ]),
    )
    .action(async (files: string[], options: Options) => {
      const { runValidate } = await import('./commands/validate.js');
      status.code = await runValidate(context(options), files, options);
    });

  // score ------------------------------------------------------------------
  common(configure(program.command('score')))
    .description(m('cli.score.description'))
    .argument('<assessment>', m('cli.arg.assessment'))
    .addOption(
      new Option('-f, --format <format>', m('cli.opt.format'))
        .choices(['text', 'json'])
        .default('text'),
    )
    .option('--fail-under <score>', m('cli.opt.failUnder'))
    .addHelpText(
      'after',
      example([
        'efa-readiness score examples/musterstadt.yaml',
        'efa-readiness score meine-kommune.yaml --format json > ergebnis.json',
        'efa-readiness score meine-kommune.yaml --fail-under 60 --lang en',
      ]),
    )
    .action(async (assessment: string, options: Options) => {
      const { runScore } = await import('./commands/score.js');
      status.code = await runScore(context(options), assessment, options);
    });

  // report -----------------------------------------------------------------
  common(configure(program.command('report')))
    .description(m('cli.report.description'))
    .argument('<assessment>', m('cli.arg.assessment'))
    .addOption(
      new Option('-f, --format <format>', m('cli.opt.format'))
        .choices(['md', 'html', 'pdf', 'docx'])
        .default('md'),
    )
    .option('-o, --output <file>', m('cli.opt.output'))
    .option('--force', m('cli.opt.force'))
    .option('--template <file>', m('cli.opt.template'))
    .addHelpText(
      'after',
      example([
        'efa-readiness report examples/musterstadt.yaml --format html --output bericht.html',
        'efa-readiness report meine-kommune.yaml --format pdf --output blaupause.pdf',
        'efa-readiness report meine-kommune.yaml --format docx --output standortbestimmung.docx',
        'efa-readiness report meine-kommune.yaml --lang en > report.md',
      ]),
    )
    .action(async (assessment: string, options: Options) => {
      const { runReport } = await import('./commands/report.js');
      status.code = await runReport(context(options), assessment, options);
    });

  // interview --------------------------------------------------------------
  common(configure(program.command('interview')), { catalogueHelp: 'cli.opt.catalogueNew' })
    .description(m('cli.interview.description'))
    .option('-o, --output <file>', m('cli.opt.interviewOutput'))
    .option('--dimension <id...>', m('cli.opt.dimension'))
    .addHelpText(
      'after',
      example([
        'efa-readiness interview --output musterstadt.yaml',
        'efa-readiness interview --output musterstadt.yaml --dimension interfaces staff',
      ]),
    )
    .action(async (options: Options) => {
      const { runInterview } = await import('./commands/interview.js');
      status.code = await runInterview(context(options), options);
    });

  // init -------------------------------------------------------------------
  common(configure(program.command('init')), { catalogueHelp: 'cli.opt.catalogueInit' })
    .description(m('cli.init.description'))
    .option('-o, --output <file>', m('cli.opt.output'))
    .option('--force', m('cli.opt.force'))
    .option('--schema-copy', m('cli.opt.schemaCopy'))
    .option('--name <name>', m('cli.opt.initName'))
    .addOption(new Option('--type <type>', m('cli.opt.initType')).choices(MUNICIPALITY_TYPES))
    .addOption(new Option('--state <land>', m('cli.opt.initState')).choices(STATES))
    .addHelpText(
      'after',
      example([
        'efa-readiness init --output meine-kommune.yaml',
        'efa-readiness init --name Musterstadt --type stadt --state HE --output musterstadt.yaml',
        'efa-readiness init --catalogue eigener-katalog.yaml --lang en --output my-town.yaml',
      ]),
    )
    .action(async (options: Options) => {
      const { runInit } = await import('./commands/init.js');
      status.code = await runInit(context(options), options);
    });

  // schema -----------------------------------------------------------------
  common(configure(program.command('schema')), { catalogueHelp: 'cli.opt.schemaCatalogue' })
    .description(m('cli.schema.description'))
    .option('-o, --output <file>', m('cli.opt.schemaOutput'))
    .option('--force', m('cli.opt.force'))
    .option('--install-vscode [folder]', m('cli.opt.installVscode'))
    .addHelpText(
      'after',
      example([
        'efa-readiness schema --install-vscode kommunen/',
        'efa-readiness schema --catalogue eigener-katalog.yaml --output eigener-katalog.assessment.schema.json',
      ]),
    )
    .action(async (options: Options) => {
      const { runSchema } = await import('./commands/schema.js');
      status.code = await runSchema(context(options), options);
    });

  // compare ----------------------------------------------------------------
  common(configure(program.command('compare')))
    .description(m('cli.compare.description'))
    .argument('<paths...>', m('cli.arg.paths'))
    .addOption(
      new Option('-f, --format <format>', m('cli.opt.format'))
        .choices(['md', 'html', 'pdf', 'json', 'csv', 'xlsx'])
        .default('md'),
    )
    .option('-o, --output <file>', m('cli.opt.output'))
    .option('--force', m('cli.opt.force'))
    .option('--handouts <folder>', m('cli.opt.handouts'))
    .option('--fold-above <n>', m('cli.opt.foldAbove'))
    .addOption(new Option('--group-by <key>', m('cli.opt.groupBy')).choices(['type', 'state']))
    .option('--anonymize', m('cli.opt.anonymize'))
    .option('--anonymize-key <file>', m('cli.opt.anonymizeKey'))
    .option('--skip-invalid', m('cli.opt.skipInvalid'))
    .addOption(new Option('--csv-locale <locale>', m('cli.opt.csvLocale')).choices(['de', 'en']))
    .addHelpText(
      'after',
      example([
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
      status.code = await runCompare(context(options), paths, options);
    });

  // conformance ------------------------------------------------------------
  configure(program.command('conformance'))
    .description(m('cli.conformance.description'))
    .argument('<dir>', m('cli.arg.conformanceDir'))
    .addOption(
      new Option('-f, --format <format>', m('cli.opt.format'))
        .choices(['text', 'json'])
        .default('text'),
    )
    .addOption(new Option('--lang <lang>', m('cli.opt.lang')).choices(['de', 'en']))
    .option('--no-color', m('cli.opt.noColor'))
    .addHelpText(
      'after',
      example([
        'efa-readiness conformance test/conformance',
        'efa-readiness conformance ../meine-faelle/v1 --format json',
      ]),
    )
    .action(async (dir: string, options: Options) => {
      const { runConformance } = await import('./commands/conformance.js');
      status.code = await runConformance(context(options), dir, options);
    });

  // form -------------------------------------------------------------------
  common(configure(program.command('form')), { catalogueHelp: 'cli.opt.catalogueForm' })
    .description(m('cli.form.description'))
    .option('--from <assessment>', m('cli.opt.formFrom'))
    .option('-o, --output <file>', m('cli.opt.output'))
    .option('--force', m('cli.opt.force'))
    .addHelpText(
      'after',
      example([
        'efa-readiness form --output fragebogen.html',
        'efa-readiness form --from musterstadt.yaml --output musterstadt-fragebogen.html',
        'efa-readiness form --catalogue eigener-katalog.yaml --lang en --output questionnaire.html',
      ]),
    )
    .action(async (options: Options) => {
      const { runForm } = await import('./commands/form.js');
      status.code = await runForm(context(options), options);
    });

  registerCatalogue(program, { configure, common, context, example, m, status });
  return program;
}

interface Builders {
  configure: (cmd: Command) => Command;
  common: (cmd: Command) => Command;
  context: (options: Options) => Context;
  example: (lines: string[]) => string;
  m: (key: string) => string;
  status: { code: number };
}

/** `catalogue show|diff|lint`: for the people who maintain catalogues and Land profiles. */
function registerCatalogue(program: Command, b: Builders): void {
  const { configure, common, context, example, m, status } = b;
  const group = configure(program.command('catalogue')).description(m('cli.catalogue.description'));
  const output = (cmd: Command): Command =>
    cmd.option('-o, --output <file>', m('cli.opt.output')).option('--force', m('cli.opt.force'));
  output(common(configure(group.command('show'))))
    .description(m('cli.catalogue.show.description'))
    .argument('<catalogue>', m('cli.arg.catalogue'))
    .addOption(
      new Option('-f, --format <format>', m('cli.opt.format'))
        .choices(['yaml', 'json', 'md'])
        .default('yaml'),
    )
    .addHelpText(
      'after',
      example([
        'efa-readiness catalogue show he',
        'efa-readiness catalogue show criteria/he.yaml --format md',
      ]),
    )
    .action(async (ref: string, options: Options) => {
      const { runCatalogueShow } = await import('./commands/catalogue.js');
      status.code = await runCatalogueShow(context(options), ref, options);
    });
  output(common(configure(group.command('diff'))))
    .description(m('cli.catalogue.diff.description'))
    .argument('<from>', m('cli.arg.catalogue'))
    .argument('<to>', m('cli.arg.catalogue'))
    .option('--examples <paths...>', m('cli.opt.examples'))
    .addOption(
      new Option('-f, --format <format>', m('cli.opt.format'))
        .choices(['md', 'json'])
        .default('md'),
    )
    .addHelpText(
      'after',
      example([
        'efa-readiness catalogue diff efa-default@1.1.0 efa-default@1.2.0',
        'efa-readiness catalogue diff efa-default he',
      ]),
    )
    .action(async (from: string, to: string, options: Options) => {
      const { runCatalogueDiff } = await import('./commands/catalogue.js');
      status.code = await runCatalogueDiff(context(options), from, to, options);
    });
  output(common(configure(group.command('lint'))))
    .description(m('cli.catalogue.lint.description'))
    .argument('<catalogue>', m('cli.arg.catalogue'))
    .addOption(
      new Option('-f, --format <format>', m('cli.opt.format'))
        .choices(['text', 'json'])
        .default('text'),
    )
    .addHelpText('after', example(['efa-readiness catalogue lint criteria/he.yaml']))
    .action(async (ref: string, options: Options) => {
      const { runCatalogueLint } = await import('./commands/catalogue.js');
      status.code = await runCatalogueLint(context(options), ref, options);
    });
}

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
