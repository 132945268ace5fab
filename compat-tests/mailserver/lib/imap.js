// The client side of an IMAP session, shared by the scripts of this folder
// whatever socket API carries it. It prints one line per command with the
// status and the facts the Go test checks, leaving out the free text that
// varies between Dovecot versions.
'use strict';

// Lines splits what the server sends into lines and hands them out in order;
// after end() (the connection closed) next() gives null once all are read.
class Lines {
  constructor() {
    this.buffer = '';
    this.queue = [];
    this.ended = false;
    this.failure = null;
    this.wake = null;
  }

  push(text) {
    this.buffer += text;
    let i;
    while ((i = this.buffer.indexOf('\n')) >= 0) {
      this.queue.push(this.buffer.slice(0, i).replace(/\r$/, ''));
      this.buffer = this.buffer.slice(i + 1);
    }
    this.notify();
  }

  end() {
    this.ended = true;
    this.notify();
  }

  fail(err) {
    this.failure = this.failure || err;
    this.notify();
  }

  notify() {
    if (this.wake) {
      const wake = this.wake;
      this.wake = null;
      wake();
    }
  }

  async next() {
    for (;;) {
      if (this.queue.length) return this.queue.shift();
      if (this.failure) throw this.failure;
      if (this.ended) return null;
      await new Promise(resolve => { this.wake = resolve; });
    }
  }
}

// Session sends tagged commands with send(text) and reads the replies from
// its lines, which the script feeds with what the socket receives.
class Session {
  constructor(send) {
    this.send = send;
    this.lines = new Lines();
    this.tags = 0;
  }

  async line() {
    const line = await this.lines.next();
    if (line === null) throw new Error('the server closed the connection');
    return line;
  }

  // command sends text and resolves to the tag, the status word of the
  // tagged reply and the untagged lines that came before it.
  async command(text) {
    const tag = 'a' + ++this.tags;
    this.send(`${tag} ${text}\r\n`);
    const untagged = [];
    for (;;) {
      const line = await this.line();
      if (line.startsWith(tag + ' ')) return { tag, status: line.split(' ')[1], untagged };
      untagged.push(line);
    }
  }
}

// capabilities returns the capability names listed in untagged lines.
const capabilities = untagged => untagged
  .filter(line => /^\* CAPABILITY /i.test(line))
  .flatMap(line => line.split(' ').slice(2).map(name => name.toUpperCase()));

// dialogue runs greeting, CAPABILITY, [STARTTLS, upgrade(), CAPABILITY],
// LOGIN, SELECT INBOX and LOGOUT, then waits for the server to close.
// upgrade, given for STARTTLS, starts TLS on the connection and resolves
// to a description of it.
async function dialogue(session, { user, password, upgrade }) {
  const greeting = await session.line();
  console.log('greeting: ' + greeting.split(' ')[1]);
  const capability = async () => {
    const r = await session.command('CAPABILITY');
    const names = capabilities(r.untagged);
    console.log(`${r.tag} CAPABILITY: ${r.status} STARTTLS=${names.includes('STARTTLS')} LOGINDISABLED=${names.includes('LOGINDISABLED')}`);
  };
  await capability();
  if (upgrade) {
    const r = await session.command('STARTTLS');
    console.log(`${r.tag} STARTTLS: ${r.status}`);
    console.log('secure: ' + await upgrade());
    await capability();
  }
  const login = await session.command(`LOGIN ${user} ${password}`);
  console.log(`${login.tag} LOGIN: ${login.status}`);
  const select = await session.command('SELECT INBOX');
  const exists = select.untagged.map(line => /^\* (\d+) EXISTS$/i.exec(line)).find(Boolean);
  console.log(`${select.tag} SELECT INBOX: ${select.status} EXISTS=${exists ? exists[1] : 'none'}`);
  const logout = await session.command('LOGOUT');
  console.log(`${logout.tag} LOGOUT: ${logout.status} BYE=${logout.untagged.some(line => /^\* BYE /i.test(line))}`);
  const rest = [];
  for (let line; (line = await session.lines.next()) !== null;) rest.push(line);
  console.log(`closed, ${rest.length} more lines`);
}

// report prints how a dialogue failed and makes the exit status 1.
function report(err) {
  console.log('failed: ' + (err.code || err.message));
  process.exitCode = 1;
}

module.exports = { Session, dialogue, report };
