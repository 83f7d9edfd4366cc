import { createServer } from 'node:http';
import { startSmtpSink } from './smtp-sink';

/**
 * The e2e mail server: `node --import tsx test/email/main.ts --port 2525 --http 2526`. SMTP on --port (what the
 * totem's SMTP_HOST/SMTP_PORT point at); GET http://127.0.0.1:<http>/messages lists what arrived, parsed.
 */
const arg = (name: string, def: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : def;
};

const sink = await startSmtpSink(arg('port', 2525));
createServer((req, res) => {
  if (req.url === '/messages') {
    res.setHeader('content-type', 'application/json');
    res.end(
      JSON.stringify(
        sink.messages.map(({ envelopeTo, mail }) => ({
          to: envelopeTo,
          subject: mail.subject ?? '',
          text: mail.text ?? '',
          attachments: mail.attachments.map((a) => ({
            filename: a.filename ?? '',
            contentType: a.contentType,
            base64: a.content.toString('base64'),
          })),
        })),
      ),
    );
    return;
  }
  res.statusCode = req.url === '/health' ? 200 : 404;
  res.end();
}).listen(arg('http', 2526), '127.0.0.1');
console.log(`smtp-sink: SMTP ${sink.port}`);
