"""Export the shipped verifier (weights dequantised exactly as stored) to ONNX fp32.

For the benchmark peer only; the .onnx file is not committed.

    Model/.venv/bin/python Model/export_onnx.py [OUTPUT.onnx]     # default /tmp/factcheck-verifier.onnx

Inputs: input_ids, attention_mask, token_type_ids (int64, [batch, sequence]); output: logits
([batch, 3], order AGREEMENT, CONFLICT, ABSENCE). After writing, the script runs the parity
fixture through onnxruntime and checks it against the stored logits.
"""

import json
import os
import sys
import warnings

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import common  # noqa: E402
import numpy as np  # noqa: E402
import torch  # noqa: E402
from export import load_verifier  # noqa: E402


class LogitsOnly(torch.nn.Module):
    def __init__(self, model):
        super().__init__()
        self.model = model

    def forward(self, input_ids, attention_mask, token_type_ids):
        return self.model(input_ids=input_ids, attention_mask=attention_mask,
                          token_type_ids=token_type_ids).logits


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else "/tmp/factcheck-verifier.onnx"
    common.setup_torch()
    model = load_verifier()
    model.config._attn_implementation = "eager"  # plain matmul/softmax graph, no fused SDPA op
    wrapped = LogitsOnly(model).eval()
    ids = torch.tensor([[101, 2023, 2003, 102, 2009, 102]])
    args = (ids, torch.ones_like(ids), torch.tensor([[0, 0, 0, 0, 1, 1]]))
    names = ["input_ids", "attention_mask", "token_type_ids"]
    axes = {n: {0: "batch", 1: "sequence"} for n in names}
    axes["logits"] = {0: "batch"}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        torch.onnx.export(wrapped, args, out, input_names=names, output_names=["logits"],
                          dynamic_axes=axes, opset_version=17, dynamo=False)
    print(f"wrote {out} ({os.path.getsize(out) / 1e6:.1f} MB)")

    import onnxruntime as ort
    session = ort.InferenceSession(out, providers=["CPUExecutionProvider"])
    with open(common.FIXTURE_PATH, encoding="utf-8") as f:
        fixture = json.load(f)
    worst = 0.0
    for item in fixture:
        i = np.array([item["input_ids"]], dtype=np.int64)
        feed = {"input_ids": i, "attention_mask": np.ones_like(i),
                "token_type_ids": np.array([item["token_type_ids"]], dtype=np.int64)}
        got = session.run(["logits"], feed)[0][0]
        worst = max(worst, float(np.abs(got - np.array(item["logits"])).max()))
    print(f"onnxruntime vs fixture logits over {len(fixture)} pairs: max abs difference {worst:.2e}")
    if worst > 1e-3:
        raise SystemExit("ONNX model does not match the fixture within 1e-3")


if __name__ == "__main__":
    main()
