"""Forms: XLSForm loading, the ODK XPath engine and in-progress responses."""

from lintas.form.errors import FormLoadError, Problem
from lintas.form.loading import check, load
from lintas.form.model import (
    Choice,
    ChoiceList,
    Element,
    Form,
    Group,
    Privacy,
    Question,
    Text,
)
from lintas.form.response import FieldState, Response, ResponseProblem
from lintas.form.xpath.api import evaluate

__all__ = [
    "Choice",
    "ChoiceList",
    "Element",
    "FieldState",
    "Form",
    "FormLoadError",
    "Group",
    "Privacy",
    "Problem",
    "Question",
    "Response",
    "ResponseProblem",
    "Text",
    "check",
    "evaluate",
    "load",
]
