#!/usr/bin/env python3
"""The PyTorch-from-Python peer of the fit benchmark: the same models, data, batch size,
optimizer and thread count, one epoch per round, loss read every step.

usage: torch_peer.py DATASET_DIR N ROUNDS THREADS
Prints one JSON line per model: {"name", "steps_per_s", "torch", "threads"}.
"""
import gzip, json, statistics, sys, time

import numpy as np
import torch
from torch import nn


def load(dataset_dir, n):
    with gzip.open(f"{dataset_dir}/train-images-idx3-ubyte.gz") as f:
        images = np.frombuffer(f.read(), dtype=np.uint8, offset=16).reshape(-1, 1, 28, 28)
    with gzip.open(f"{dataset_dir}/train-labels-idx1-ubyte.gz") as f:
        labels = np.frombuffer(f.read(), dtype=np.uint8, offset=8)
    # The tutor's loader takes the first n/10 images of each class; do the same.
    keep = np.concatenate([np.flatnonzero(labels == c)[: n // 10] for c in range(10)])
    keep.sort()
    x = torch.tensor(images[keep], dtype=torch.float32) / 255.0
    y = torch.tensor(labels[keep], dtype=torch.int64)
    return x, y


def mlp():
    return nn.Sequential(nn.Flatten(), nn.Linear(784, 128), nn.ReLU(), nn.Linear(128, 10))


def lenet():
    return nn.Sequential(
        nn.Conv2d(1, 6, 5, padding=2), nn.ReLU(), nn.MaxPool2d(2, 2),
        nn.Conv2d(6, 16, 5), nn.ReLU(), nn.MaxPool2d(2, 2), nn.Flatten(),
        nn.Linear(16 * 5 * 5, 120), nn.ReLU(), nn.Linear(120, 84), nn.ReLU(), nn.Linear(84, 10))


def epoch(model_fn, x, y, batch):
    model = model_fn()
    opt = torch.optim.Adam(model.parameters(), lr=1e-3)
    loss_fn = nn.CrossEntropyLoss()
    order = torch.randperm(len(x))
    steps, sink = 0, 0.0
    t0 = time.perf_counter()
    for i in range(0, len(x), batch):
        idx = order[i:i + batch]
        opt.zero_grad()
        loss = loss_fn(model(x[idx]), y[idx])
        loss.backward()
        opt.step()
        sink += loss.item()
        steps += 1
    return steps / (time.perf_counter() - t0)


def main():
    dataset_dir, n, rounds, threads = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
    torch.set_num_threads(threads)
    torch.manual_seed(0)
    x, y = load(dataset_dir, n)
    for name, fn in (("MLP 784-128-10, batch 64", mlp), ("LeNet-5, batch 64", lenet)):
        epoch(fn, x, y, 64)  # warm-up
        rates = [epoch(fn, x, y, 64) for _ in range(rounds)]
        print(json.dumps({"name": name, "steps_per_s": statistics.median(rates),
                          "torch": torch.__version__, "threads": torch.get_num_threads()}))


main()
