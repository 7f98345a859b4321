import { type ChildProcess, spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * A minimal Language Server Protocol client for tests: starts the real
 * yaml-language-server (the engine of VS Code's YAML extension) over stdio
 * and speaks JSON-RPC with Content-Length framing to it. It answers the
 * server's own requests (`workspace/configuration` with the YAML settings a
 * fresh VS Code sends), and keeps the diagnostics each file was last given.
 */

export interface Position {
  line: number;
  character: number;
}
export interface LspDiagnostic {
  range: { start: Position; end: Position };
  message: string;
  severity?: number;
  source?: string;
}
export interface CompletionItem {
  label: string;
  insertText?: string;
  documentation?: string | { kind: string; value: string };
  textEdit?: { newText: string };
}

type Pending = { resolve: (value: unknown) => void; reject: (error: Error) => void };

const require = createRequire(import.meta.url);
const SERVER = join(
  dirname(require.resolve('yaml-language-server/package.json')),
  'bin',
  'yaml-language-server',
);

export const YAML_SETTINGS = {
  yaml: {
    validate: true,
    completion: true,
    hover: true,
    format: { enable: false },
    schemaStore: { enable: false }, // no network
    schemas: {},
  },
};

export class LspClient {
  private readonly child: ChildProcess;
  private buffer = Buffer.alloc(0);
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private readonly diagnostics = new Map<string, LspDiagnostic[]>();
  private readonly waiters: { uri: string; resolve: (d: LspDiagnostic[]) => void }[] = [];
  readonly stderr: string[] = [];

  constructor(private readonly settings: Record<string, unknown> = YAML_SETTINGS) {
    this.child = spawn(process.execPath, [SERVER, '--stdio'], { stdio: 'pipe' });
    this.child.stdout?.on('data', (chunk: Buffer) => {
      this.receive(chunk);
    });
    this.child.stderr?.on('data', (chunk: Buffer) => {
      this.stderr.push(chunk.toString());
    });
    this.child.on('exit', () => {
      for (const p of this.pending.values()) p.reject(new Error('language server exited'));
      this.pending.clear();
    });
  }

  async initialize(rootUri: string, locale = 'de'): Promise<void> {
    await this.request('initialize', {
      processId: process.pid,
      rootUri,
      locale,
      workspaceFolders: [{ uri: rootUri, name: 'test' }],
      capabilities: {
        workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true } },
        textDocument: {
          publishDiagnostics: {},
          completion: {
            completionItem: { snippetSupport: true, documentationFormat: ['plaintext'] },
          },
          hover: { contentFormat: ['plaintext'] },
        },
      },
    });
    this.notify('initialized', {});
    this.notify('workspace/didChangeConfiguration', { settings: this.settings });
  }

  /** Open a file; resolves with the first diagnostics the server publishes for it. */
  open(uri: string, text: string): Promise<LspDiagnostic[]> {
    const published = this.nextDiagnostics(uri);
    this.notify('textDocument/didOpen', {
      textDocument: { uri, languageId: 'yaml', version: 1, text },
    });
    return published;
  }

  async completion(uri: string, position: Position): Promise<CompletionItem[]> {
    const result = (await this.request('textDocument/completion', {
      textDocument: { uri },
      position,
    })) as { items?: CompletionItem[] } | CompletionItem[] | null;
    if (result === null) return [];
    return Array.isArray(result) ? result : (result.items ?? []);
  }

  async close(): Promise<void> {
    try {
      await this.request('shutdown', null);
      this.notify('exit', null);
    } finally {
      this.child.kill();
    }
  }

  private nextDiagnostics(uri: string): Promise<LspDiagnostic[]> {
    return new Promise((resolve) => this.waiters.push({ uri, resolve }));
  }

  private request(method: string, params: unknown): Promise<unknown> {
    const id = this.nextId++;
    this.send({ jsonrpc: '2.0', id, method, params });
    return new Promise((resolve, reject) => this.pending.set(id, { resolve, reject }));
  }

  private notify(method: string, params: unknown): void {
    this.send({ jsonrpc: '2.0', method, params });
  }

  private send(message: unknown): void {
    const body = Buffer.from(JSON.stringify(message), 'utf8');
    this.child.stdin?.write(`Content-Length: ${body.length}\r\n\r\n`);
    this.child.stdin?.write(body);
  }

  private receive(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const headerEnd = this.buffer.indexOf('\r\n\r\n');
      if (headerEnd < 0) return;
      const header = this.buffer.subarray(0, headerEnd).toString('ascii');
      const length = Number(/Content-Length: (\d+)/i.exec(header)?.[1] ?? NaN);
      if (!Number.isFinite(length)) throw new Error(`bad LSP header: ${header}`);
      const start = headerEnd + 4;
      if (this.buffer.length < start + length) return;
      const body = this.buffer.subarray(start, start + length).toString('utf8');
      this.buffer = this.buffer.subarray(start + length);
      this.dispatch(JSON.parse(body) as Record<string, unknown>);
    }
  }

  private dispatch(message: Record<string, unknown>): void {
    const { id, method } = message;
    if (method === undefined && typeof id === 'number') {
      const pending = this.pending.get(id);
      this.pending.delete(id);
      if (message.error) pending?.reject(new Error(JSON.stringify(message.error)));
      else pending?.resolve(message.result);
      return;
    }
    if (method === 'textDocument/publishDiagnostics') {
      const { uri, diagnostics } = message.params as { uri: string; diagnostics: LspDiagnostic[] };
      this.diagnostics.set(uri, diagnostics);
      const index = this.waiters.findIndex((w) => w.uri === uri);
      if (index >= 0) this.waiters.splice(index, 1)[0]?.resolve(diagnostics);
      return;
    }
    if (id !== undefined) {
      // A request of the server's: configuration gets the settings, anything else an empty answer.
      const result =
        method === 'workspace/configuration'
          ? (message.params as { items: { section?: string }[] }).items.map((item) =>
              item.section === 'yaml' ? this.settings.yaml : item.section ? null : this.settings,
            )
          : null;
      this.send({ jsonrpc: '2.0', id, result });
    }
  }
}
