#!/usr/bin/env python3
"""A mail server for the load test: accepts every email and keeps the invitation links' tokens.

    smtp-sink.py <port file> <token file>

Listens on 127.0.0.1 on a free port, writes the port to <port file>, and appends the token of each
email's link (survey.xhtml?token=...) to <token file>, one a line. The tokens exist only in the
emails (the database keeps their hashes), so this is how a test deployment's invitees get theirs.
It speaks just enough SMTP for Jakarta Mail without authentication or TLS.
"""
import email
import email.policy
import re
import socket
import socketserver
import sys
import threading

TOKEN = re.compile(r"survey\.xhtml\?token=([A-Za-z0-9_-]+)")
lock = threading.Lock()


class Session(socketserver.StreamRequestHandler):
    def reply(self, line):
        self.wfile.write((line + "\r\n").encode())
        self.wfile.flush()

    def handle(self):
        self.reply("220 load-test sink")
        while True:
            line = self.rfile.readline()
            if not line:
                return
            command = line.decode("ascii", "replace").strip().upper()
            if command.startswith(("EHLO", "HELO")):
                self.reply("250 load-test sink")
            elif command.startswith("DATA"):
                self.reply("354 end with <CRLF>.<CRLF>")
                lines = []
                while True:
                    data = self.rfile.readline()
                    if not data or data in (b".\r\n", b".\n"):
                        break
                    lines.append(data[1:] if data.startswith(b"..") else data)
                self.keep(b"".join(lines))
                self.reply("250 accepted")
            elif command.startswith("QUIT"):
                self.reply("221 bye")
                return
            else:
                self.reply("250 ok")

    def keep(self, raw):
        message = email.message_from_bytes(raw, policy=email.policy.default)
        text = "".join(part.get_content() for part in message.walk()
                       if part.get_content_type() == "text/plain")
        tokens = TOKEN.findall(text)
        with lock, open(sys.argv[2], "a") as out:
            for token in tokens:
                out.write(token + "\n")


class Server(socketserver.ThreadingTCPServer):
    daemon_threads = True
    allow_reuse_address = True


if __name__ == "__main__":
    server = Server(("127.0.0.1", 0), Session)
    with open(sys.argv[1], "w") as out:
        out.write(str(server.server_address[1]))
    server.serve_forever()
