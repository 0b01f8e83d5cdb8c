#!/usr/bin/env python3
"""Sample sets and golden CSVs for bench/run.sh, standard library only.

usage: samples.py DRAWINGS_DIR OUT_DIR ENDPOINT_BASE SIZE...

Asks the running demo server once per demo drawing (models 'drawing' and 'constant') and writes, per
SIZE, OUT_DIR/SIZE/samples/Bnnn/Snnnnnn.png (the drawings cyclically, hard links where the file
system allows, else copies: the bytes sent are the same) and OUT_DIR/SIZE/golden-drawing.csv and
golden-constant.csv (id,pred,name; a thickness and a width row per sample, the server's own answers:
every value passes). Also OUT_DIR/drawings.txt: the drawings in order, for wrk and newman.
"""
import http.client
import json
import os
import shutil
import sys
import urllib.parse

OUTPUTS = ("thickness", "width")
MODELS = ("drawing", "constant")


def answers(base, drawings):
    url = urllib.parse.urlsplit(base)
    conn = http.client.HTTPConnection(url.hostname, url.port, timeout=30)
    found = {}
    for model in MODELS:
        for path in drawings:
            with open(path, "rb") as f:
                body = f.read()
            conn.request("POST", url.path.rstrip("/") + "/predictions/" + model, body,
                         {"Content-Type": "image/png"})
            response = conn.getresponse()
            text = response.read()
            if response.status != 200:
                sys.exit(f"samples.py: {model} answered {response.status} for {path}: {text[:200]!r}")
            found[(model, path)] = json.loads(text)
    conn.close()
    return found


def place(source, target):
    try:
        os.link(source, target)
    except OSError:
        shutil.copyfile(source, target)


def main(drawings_dir, out_dir, base, *sizes):
    drawings = sorted(os.path.abspath(os.path.join(root, name))
                      for root, _, names in os.walk(drawings_dir)
                      for name in names if name.endswith(".png"))
    if not drawings:
        sys.exit(f"samples.py: no .png drawings under {drawings_dir}")
    found = answers(base, drawings)
    os.makedirs(out_dir, exist_ok=True)
    with open(os.path.join(out_dir, "drawings.txt"), "w") as f:
        f.write("\n".join(drawings) + "\n")
    for size in map(int, sizes):
        root = os.path.join(out_dir, str(size))
        shutil.rmtree(root, ignore_errors=True)
        os.makedirs(os.path.join(root, "samples"))
        goldens = {m: [["id,pred,name\n"]] for m in MODELS}
        for i in range(size):
            folder = f"B{i // 1000:03d}"
            sample_id = f"{folder}/S{i:06d}"
            if i % 1000 == 0:
                os.makedirs(os.path.join(root, "samples", folder))
            drawing = drawings[i % len(drawings)]
            place(drawing, os.path.join(root, "samples", sample_id + ".png"))
            for model in MODELS:
                answer = found[(model, drawing)]
                goldens[model].append([f"{sample_id},{answer[o]!r},{o}\n" for o in OUTPUTS])
        for model in MODELS:
            with open(os.path.join(root, f"golden-{model}.csv"), "w", newline="") as f:
                for rows in goldens[model]:
                    f.writelines(rows)
        print(f"{size} samples in {root}")


if __name__ == "__main__":
    if len(sys.argv) < 5:
        sys.exit(__doc__)
    main(*sys.argv[1:])
