/** The standard input a command reads a password from: a terminal (raw mode, no echo) or a pipe. */
export interface PasswordInput extends NodeJS.ReadableStream {
  isTTY?: boolean;
  setRawMode?(mode: boolean): unknown;
}

/** Where prompts go: standard error, so standard output stays clean for scripts. */
export interface PromptOutput {
  write(text: string): unknown;
}

/** Longest piped input read; a password is the first line of it. */
const MAX_PIPED_BYTES = 64 * 1024;

/** Reads one line from a terminal without echoing it. Ctrl-C cancels, Backspace deletes. */
export function promptHidden(input: PasswordInput, output: PromptOutput, question: string): Promise<string> {
  return new Promise((resolve, reject) => {
    output.write(question);
    input.setRawMode?.(true);
    input.setEncoding('utf8');
    input.resume();
    let value = '';
    const finish = () => {
      input.removeListener('data', onData);
      input.setRawMode?.(false);
      input.pause();
      output.write('\n');
    };
    function onData(chunk: string | Buffer) {
      for (const ch of String(chunk)) {
        if (ch === '\r' || ch === '\n' || ch === '\u0004') {
          finish();
          resolve(value);
          return;
        }
        if (ch === '\u0003') {
          finish();
          reject(new Error('Cancelled.'));
          return;
        }
        if (ch === '\u007f' || ch === '\b') value = value.slice(0, -1);
        else if (ch >= ' ') value += ch;
      }
    }
    input.on('data', onData);
  });
}

/** Reads piped standard input to its end and returns its first line (without the line break). */
export async function readFirstLine(input: PasswordInput): Promise<string> {
  let text = '';
  for await (const chunk of input as AsyncIterable<string | Buffer>) {
    text += String(chunk);
    if (text.length > MAX_PIPED_BYTES || text.includes('\n')) break;
  }
  return text.split(/\r?\n/, 1)[0] ?? '';
}

/**
 * A new password from the person at the keyboard: asked twice without echo on a terminal, or
 * read as the first line of piped input. Throws with a readable message when the two differ.
 */
export async function readNewPassword(input: PasswordInput, output: PromptOutput): Promise<string> {
  if (input.isTTY) {
    const first = await promptHidden(input, output, 'Password: ');
    const second = await promptHidden(input, output, 'Password (again): ');
    if (first !== second) throw new Error('The two passwords do not match.');
    return first;
  }
  return readFirstLine(input);
}
