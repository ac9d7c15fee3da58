"""RapidOCR, built once per process, plus the geometry that turns its boxes into upright text lines.

One OCR pass per page on the normal path: RapidOCR already reads a page turned by
90/180/270 degrees correctly (vertical boxes are turned before recognition and the
angle classifier flips upside-down crops), measured on rendered 行政处罚决定书 pages.
What it does not do is tell us which way the page was turned, so the line order
comes out wrong.  We read that from the pass itself (share of vertical boxes, share
of crops the classifier flipped), map every box into the upright page and order the
lines there.  A second pass, on the image turned by 90 degrees, happens only when the
first looks wrong (poor mean score or a mix of vertical and horizontal boxes); the
pass with the better score wins.  Skew of a few degrees is measured from the box
edges and removed before lines are grouped, so a tilted scan still reads line by line.
"""

from __future__ import annotations

import math
import os
import threading
from dataclasses import dataclass
from typing import Any

os.environ.setdefault("ORT_DISABLE_TELEMETRY", "1")

import numpy as np  # noqa: E402

from extractors.ocr_missed import crop_around, inside, uncovered_lines  # noqa: E402
from extractors.seals import lift_seals  # noqa: E402

Quad = np.ndarray  # 4x2 points, clockwise from top-left, in image pixels
OcrBox = tuple[str, tuple[float, float, float, float], float]  # text, (x0, y0, x1, y1), score

_ENGINE: Any = None
_ENGINE_LOCK = threading.Lock()
# onnxruntime already spreads one call over every core; two threads OCRing at once only thrash.
_RUN_LOCK = threading.Lock()

VERTICAL_RATIO = 1.5  # a box this much taller than wide is a turned line (RapidOCR uses the same)
LOW_SCORE = 0.75  # a mean recognition score below this makes the first pass suspect
MIXED_LOW, MIXED_HIGH = 0.3, 0.7  # between these shares of vertical boxes the turn is unclear


_THREADS = -1  # onnxruntime intra-op threads per OCR call; -1 is its default, every core


def configure_threads(threads: int) -> None:
    """Set the onnxruntime threads one OCR call may use, before this process first OCRs.

    One process alone should let a call use every core; several worker processes on
    the same cores should take one each, since onnxruntime's threads spin while they
    wait and two-thread calls in two processes cost about a quarter more CPU per page
    (measured in `make bench`).  Once the engine is built the count is fixed.
    """
    global _THREADS
    with _ENGINE_LOCK:
        if _ENGINE is not None and threads != _THREADS:
            raise RuntimeError("OCR engine already built; configure_threads must come first")
        _THREADS = threads


def engine() -> Any:
    """The process-wide RapidOCR engine; models are bundled with the wheel, nothing is downloaded."""
    global _ENGINE
    if _ENGINE is None:
        with _ENGINE_LOCK:
            if _ENGINE is None:
                from rapidocr import RapidOCR

                params: dict[str, Any] = {"Global.log_level": "error"}
                if _THREADS > 0:
                    params["EngineConfig.onnxruntime.intra_op_num_threads"] = _THREADS
                    params["EngineConfig.onnxruntime.inter_op_num_threads"] = 1
                _ENGINE = RapidOCR(params=params)
    return _ENGINE


def bare_ocr(image: np.ndarray) -> list[OcrBox]:
    """The plain RapidOCR call, no orientation or line logic: the baseline a benchmark compares with."""
    eng = engine()
    with _RUN_LOCK:
        out = eng(image)
    if out.boxes is None or out.txts is None:
        return []
    return [(t, _bounds(np.asarray(b)), float(s)) for b, t, s in zip(out.boxes, out.txts, out.scores, strict=True)]


@dataclass
class OcrPass:
    """One RapidOCR run: quads in the image it saw, texts, scores and how many crops were flipped."""

    quads: list[Quad]
    texts: list[str]
    scores: list[float]
    flipped: float  # share of crops the angle classifier turned by 180 degrees
    width: int
    height: int

    @property
    def mean_score(self) -> float:
        return float(np.mean(self.scores)) if self.scores else 0.0

    @property
    def vertical(self) -> float:
        """Share of boxes standing on end; most of them means the page lies on its side."""
        if not self.quads:
            return 0.0
        tall = [_edge(q, 0, 3) > VERTICAL_RATIO * _edge(q, 0, 1) for q in self.quads]
        return float(np.mean(tall))

    @property
    def weight(self) -> float:
        """Score times recognised characters: compares two passes over the same page."""
        return sum(s * len(t) for t, s in zip(self.texts, self.scores, strict=True))


def run_pass(image: np.ndarray) -> OcrPass:
    """Run RapidOCR's steps ourselves so the angle classifier's verdicts are kept."""
    eng = engine()
    with _RUN_LOCK:
        img = eng.load_img(image)
        prepared, record = eng.preprocess_img(img)
        det, cls, rec, crops = eng.run_ocr_steps(prepared, record)
        labels = list(cls.cls_res or [])
        out = eng.build_final_output(img, det, cls, rec, crops, record)
    flipped = sum(1 for label, _ in labels if label == "180") / len(labels) if labels else 0.0
    height, width = img.shape[:2]
    if getattr(out, "txts", None) is None or getattr(out, "boxes", None) is None:
        return OcrPass([], [], [], flipped, width, height)
    quads = [np.asarray(b, dtype=np.float64) for b in out.boxes]
    return OcrPass(quads, list(out.txts), [float(s) for s in out.scores], flipped, width, height)


def page_turn(ocr: OcrPass) -> int:
    """Clockwise degrees that bring the page upright, read from one pass (see module docstring).

    Vertical boxes are turned counter-clockwise by RapidOCR before recognition; if the
    classifier then had to flip most of them, the page was turned the other way.
    """
    if ocr.vertical > 0.5:
        return 90 if ocr.flipped > 0.5 else 270
    return 180 if ocr.flipped > 0.5 else 0


def turn_quad(quad: Quad, degrees: int, width: int, height: int) -> Quad:
    """Map points of a width x height image into the same image turned clockwise by `degrees`."""
    x, y = quad[:, 0], quad[:, 1]
    if degrees == 90:
        turned = np.stack([height - y, x], axis=1)
    elif degrees == 180:
        turned = np.stack([width - x, height - y], axis=1)
    elif degrees == 270:
        turned = np.stack([y, width - x], axis=1)
    else:
        return quad.copy()
    # Turning keeps the points clockwise but moves the start; start again at the top-left.
    return np.roll(turned, -int(np.argmin(turned.sum(axis=1))), axis=0)


def turn_image(image: np.ndarray, degrees: int) -> np.ndarray:
    """Turn an image clockwise by a multiple of 90 degrees."""
    return np.ascontiguousarray(np.rot90(image, k=-(degrees // 90) % 4))


def skew_degrees(quads: list[Quad]) -> float:
    """Median tilt of the long horizontal boxes' top edges; 0 when there are too few to tell."""
    angles = []
    for q in quads:
        dx, dy = q[1, 0] - q[0, 0], q[1, 1] - q[0, 1]
        if dx > 3 * max(_edge(q, 0, 3), 1.0):
            angles.append(math.degrees(math.atan2(dy, dx)))
    return float(np.median(angles)) if len(angles) >= 3 else 0.0


def upright_pass(image: np.ndarray) -> tuple[OcrPass, int]:
    """OCR a page once, a second time only if the first looks wrong; boxes come back upright.

    Returns the pass with quads mapped into the upright page, and the clockwise turn applied.
    """
    image = lift_seals(image)
    first = run_pass(image)
    best, extra = first, 0
    if first.quads and (first.mean_score < LOW_SCORE or MIXED_LOW < first.vertical < MIXED_HIGH):
        second = run_pass(turn_image(image, 90))
        if second.weight > first.weight:
            best, extra = second, 90
    turn = page_turn(best)
    if turn == 0 and extra == 0:  # the usual upright page: the boxes are in the image's own frame
        best = _with_missed_lines(image, best)
    width, height = best.width, best.height
    quads = [turn_quad(q, turn, width, height) for q in best.quads]
    if turn in (90, 270):
        width, height = height, width
    upright = OcrPass(quads, best.texts, best.scores, best.flipped, width, height)
    return upright, (turn + extra) % 360


MISSED_MIN_SCORE = 0.8  # a line read again must read clearly to be added


def _with_missed_lines(image: np.ndarray, ocr: OcrPass) -> OcrPass:
    """The pass plus the lines its detector lost (see ocr_missed), each read again from its own crop."""
    if not ocr.quads:
        return ocr
    height = float(np.median([_edge(q, 0, 3) for q in ocr.quads]))
    blobs = uncovered_lines(image, ocr.quads, height)
    if not blobs:
        return ocr
    quads, texts, scores = list(ocr.quads), list(ocr.texts), list(ocr.scores)
    margin = int(height * 0.4)
    for blob in blobs:
        crop, x0, y0 = crop_around(image, blob, margin)
        for text, box, score in bare_ocr(crop):
            quad = np.array([[box[0], box[1]], [box[2], box[1]], [box[2], box[3]], [box[0], box[3]]]) + [x0, y0]
            if score >= MISSED_MIN_SCORE and len(text.strip()) >= 2 and inside(quad, blob):
                quads.append(quad)
                texts.append(text)
                scores.append(score)
    return OcrPass(quads, texts, scores, ocr.flipped, ocr.width, ocr.height)


@dataclass
class TextLine:
    """Boxes on one visual line, left to right, joined into one line of text."""

    text: str
    box: tuple[float, float, float, float]
    confidence: float
    flat: tuple[float, float, float, float]  # the box with the page's skew undone: for margins and indents
    pieces: int  # OCR boxes joined into this line; several mean a form or table row


def ocr_image(image: np.ndarray) -> list[OcrBox]:
    """Recognised boxes of an upright-corrected page, ordered top-to-bottom then left-to-right."""
    ocr, _ = upright_pass(image)
    order = _reading_order(ocr.quads)
    return [(ocr.texts[i], _bounds(ocr.quads[i]), ocr.scores[i]) for group in order for i in group]


def ocr_lines(image: np.ndarray) -> tuple[list[TextLine], int, tuple[int, int]]:
    """Text lines of a page, the clockwise turn that made it upright, and the upright (width, height)."""
    ocr, turn = upright_pass(image)
    skew = skew_degrees(ocr.quads)
    lines = [_merge(ocr, group, skew) for group in _reading_order(ocr.quads)]
    return lines, turn, (ocr.width, ocr.height)


def _reading_order(quads: list[Quad]) -> list[list[int]]:
    """Group box indices into visual lines (after undoing skew), lines top-down, boxes left-right."""
    if not quads:
        return []
    skew = skew_degrees(quads)
    items = []
    for i, q in enumerate(quads):
        cx, cy = _unskew(q, skew).mean(axis=0)
        items.append((cy, cx, max(_edge(q, 0, 3), 1.0), i))
    items.sort()
    groups: list[list[tuple[float, float, float, int]]] = []
    for item in items:
        last = groups[-1] if groups else None
        if last and abs(item[0] - np.mean([g[0] for g in last])) < 0.5 * min(item[2], last[0][2]):
            last.append(item)
        else:
            groups.append([item])
    return [[g[3] for g in sorted(group, key=lambda g: g[1])] for group in groups]


def _unskew(points: np.ndarray, skew: float) -> np.ndarray:
    """Points turned by -skew degrees about the origin: tilted lines become level."""
    theta = math.radians(-skew)
    cos, sin = math.cos(theta), math.sin(theta)
    x, y = points[:, 0], points[:, 1]
    return np.stack([x * cos - y * sin, x * sin + y * cos], axis=1)


def _merge(ocr: OcrPass, group: list[int], skew: float = 0.0) -> TextLine:
    """Join a visual line's boxes: no space between CJK, one space between Latin words or digits."""
    text = ""
    for i in group:
        piece = ocr.texts[i].strip()
        if text and piece and text[-1].isascii() and text[-1].isalnum() and piece[0].isascii() and piece[0].isalnum():
            text += " "
        text += piece
    pts = np.concatenate([ocr.quads[i] for i in group])
    weights = [max(len(ocr.texts[i]), 1) for i in group]
    confidence = round(float(np.average([ocr.scores[i] for i in group], weights=weights)), 4)
    return TextLine(text, _bounds(pts), confidence, _bounds(_unskew(pts, skew)), len(group))


def _edge(quad: Quad, a: int, b: int) -> float:
    return float(np.linalg.norm(quad[a] - quad[b]))


def _bounds(points: np.ndarray) -> tuple[float, float, float, float]:
    xs, ys = points[:, 0], points[:, 1]
    return (round(float(xs.min()), 1), round(float(ys.min()), 1), round(float(xs.max()), 1), round(float(ys.max()), 1))
