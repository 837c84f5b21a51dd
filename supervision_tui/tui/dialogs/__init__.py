"""The console's modal screens, one per module; private views open only behind the cover (`cover.py`)."""

from .add_case import AddCaseDialog, NewConcern
from .agreements import AgreementsDialog
from .base import Dialog
from .choice import ChoiceDialog
from .confirm import ConfirmDialog
from .cover import CoverScreen, behind_cover
from .help import HelpScreen
from .moderation import ModerationScreen
from .note_review import NoteReviewDialog
from .paper import PaperAnswerDialog
from .qr import QrScreen
from .role import RoleDialog
from .topics import TopicsDialog

__all__ = [
    "AddCaseDialog",
    "AgreementsDialog",
    "ChoiceDialog",
    "ConfirmDialog",
    "CoverScreen",
    "Dialog",
    "HelpScreen",
    "ModerationScreen",
    "NewConcern",
    "NoteReviewDialog",
    "PaperAnswerDialog",
    "QrScreen",
    "RoleDialog",
    "TopicsDialog",
    "behind_cover",
]
