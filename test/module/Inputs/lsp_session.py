"""A scripted JSON-RPC (LSP) session with wirecheck-clangd.

Usage: lsp_session.py CLANGD PROJECT FILE
Opens FILE, prints every published diagnostic, asks for the quick fixes of
the first wire-* one, applies the first edit to the text and prints the
changed line, then shuts the server down. Exits 1 if any step fails.
"""
import json
import os
import subprocess
import sys
import threading
import queue


class Server:
    def __init__(self, cmd, cwd):
        self.proc = subprocess.Popen(cmd, cwd=cwd, stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE,
                                     stderr=subprocess.DEVNULL)
        self.inbox = queue.Queue()
        self.next_id = 0
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self):
        out = self.proc.stdout
        while True:
            length = None
            while True:
                line = out.readline()
                if not line:
                    self.inbox.put(None)
                    return
                line = line.strip()
                if not line:
                    break
                name, _, value = line.partition(b":")
                if name.lower() == b"content-length":
                    length = int(value)
            self.inbox.put(json.loads(out.read(length)))

    def send(self, message):
        body = json.dumps(message).encode()
        self.proc.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        self.proc.stdin.flush()

    def notify(self, method, params):
        self.send({"jsonrpc": "2.0", "method": method, "params": params})

    def request(self, method, params):
        self.next_id += 1
        self.send({"jsonrpc": "2.0", "id": self.next_id, "method": method,
                   "params": params})
        return self.wait(lambda m: m.get("id") == self.next_id and
                         "method" not in m)

    def wait(self, predicate, timeout=60):
        while True:
            message = self.inbox.get(timeout=timeout)
            if message is None:
                sys.exit("server closed the connection")
            if predicate(message):
                return message


def apply_edits(text, edits):
    lines = text.split("\n")

    def offset(pos):
        return sum(len(l) + 1 for l in lines[:pos["line"]]) + pos["character"]

    for edit in sorted(edits, key=lambda e: offset(e["range"]["start"]),
                       reverse=True):
        start = offset(edit["range"]["start"])
        end = offset(edit["range"]["end"])
        text = text[:start] + edit["newText"] + text[end:]
        lines = text.split("\n")
    return text


def main():
    clangd, project, path = sys.argv[1:4]
    uri = "file://" + os.path.abspath(path)
    with open(path) as f:
        text = f.read()
    server = Server([clangd, "--background-index=false", "--log=error"],
                    project)
    init = server.request("initialize", {
        "processId": os.getpid(), "rootUri": "file://" + project,
        "capabilities": {"textDocument": {
            "publishDiagnostics": {},
            "codeAction": {"codeActionLiteralSupport": {
                "codeActionKind": {"valueSet": ["quickfix"]}}}}}})
    print("server:", init["result"].get("serverInfo", {}).get("name"))
    server.notify("initialized", {})
    server.notify("textDocument/didOpen", {"textDocument": {
        "uri": uri, "languageId": "cpp", "version": 1, "text": text}})
    published = server.wait(
        lambda m: m.get("method") == "textDocument/publishDiagnostics" and
        m["params"]["uri"] == uri)["params"]["diagnostics"]
    ours = None
    for d in published:
        start = d["range"]["start"]
        print("diagnostic %d:%d code=%s: %s" % (
            start["line"] + 1, start["character"] + 1, d.get("code"),
            d["message"]))
        if str(d.get("code", "")).startswith("wire-") and ours is None:
            ours = d
    status = 0
    if ours is None:
        print("FAIL: no wire-* diagnostic")
        status = 1
    else:
        actions = server.request("textDocument/codeAction", {
            "textDocument": {"uri": uri}, "range": ours["range"],
            "context": {"diagnostics": [ours]}})["result"]
        edits = [a for a in actions if a.get("edit", {}).get("changes")]
        for a in actions:
            print("action:", a["title"])
        if not edits:
            print("FAIL: no code action with an edit")
            status = 1
        else:
            fixed = apply_edits(text, edits[0]["edit"]["changes"][uri])
            line = ours["range"]["start"]["line"]
            print("fixed:", fixed.split("\n")[line])
    server.request("shutdown", None)
    server.notify("exit", None)
    code = server.proc.wait(timeout=30)
    print("server exit code:", code)
    sys.exit(status or code)


if __name__ == "__main__":
    main()
