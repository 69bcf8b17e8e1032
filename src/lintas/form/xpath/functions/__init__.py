"""ODK XPath functions, one module per family, all registered in FUNCTIONS."""

from lintas.form.xpath.functions import (  # noqa: F401 - imported to register
    dates,
    geo,
    hashing,
    logic,
    nodesets,
    numbers,
    selects,
    strings,
)
from lintas.form.xpath.functions.registry import FUNCTIONS, FunctionSpec

__all__ = ["FUNCTIONS", "FunctionSpec"]
