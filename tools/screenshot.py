"""Render pages of a built site in Debian's Chromium and save screenshots (for looking).

Usage: python tools/screenshot.py SITE_DIR OUT_DIR PATH [PATH ...]
Serves SITE_DIR on 127.0.0.1 and saves OUT_DIR/<n>.png for each PATH (e.g. articles/x/).
"""

from __future__ import annotations

import functools
import http.server
import sys
import threading
from pathlib import Path

from playwright.sync_api import sync_playwright


def main() -> None:
    site, out, *paths = sys.argv[1:]
    Path(out).mkdir(parents=True, exist_ok=True)
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=site)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_port}/"
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"])
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        page.on("console", lambda m: print("console:", m.type, m.text) if m.type in ("error", "warning") else None)
        for n, path in enumerate(paths):
            page.goto(base + path)
            page.wait_for_load_state("networkidle")
            target = Path(out) / f"{n}.png"
            page.screenshot(path=str(target), full_page=False)
            print(target, page.title())
        browser.close()
    server.shutdown()


if __name__ == "__main__":
    main()
