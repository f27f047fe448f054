import { createInterface } from 'node:readline';

/** Where the CLI reads secrets and writes its answers; tests hand in their own streams. */
export abstract class CliIo {
  abstract print(line: string): void;
  abstract readSecret(prompt: string): Promise<string>;
}

export class ProcessIo extends CliIo {
  print(line: string): void {
    process.stdout.write(`${line}\n`);
  }

  /** Reads one line from stdin, so passwords never appear in the shell history or `ps`. */
  async readSecret(prompt: string): Promise<string> {
    if (process.stdin.isTTY) process.stderr.write(prompt);
    const reader = createInterface({ input: process.stdin, terminal: false });
    for await (const line of reader) {
      reader.close();
      return line;
    }
    return '';
  }
}
