"""Widgets of the supervisor's screen."""

from .answers import AnswerCard, AnswerCards
from .bigtext import BigText, Scale
from .header import StepHeader
from .keybar import KeyBar
from .mood import MoodChart
from .motif import Diamond
from .preview import AnonymizedPreview
from .qr import JoinAddress, QRCode
from .storage import StorageWarning
from .timer import TimerDisplay

__all__ = [
    "AnonymizedPreview",
    "AnswerCard",
    "AnswerCards",
    "BigText",
    "Diamond",
    "JoinAddress",
    "KeyBar",
    "MoodChart",
    "QRCode",
    "Scale",
    "StepHeader",
    "StorageWarning",
    "TimerDisplay",
]
