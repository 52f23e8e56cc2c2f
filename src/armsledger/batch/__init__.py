"""Batch stage: the Spark job (``armsledger.batch.spark``) and loading its Parquet output.

PySpark and pyarrow are optional (``pip install 'armsledger[spark]'``): nothing in this
package imports them at import time, and using a function that needs one without it raises
``BatchError`` saying how to install it.
"""

from armsledger.errors import ArmsledgerError

__all__ = ["INSTALL_HINT", "BatchError"]

INSTALL_HINT = "pip install 'armsledger[spark]' (PySpark also needs Java 17 on PATH)"


class BatchError(ArmsledgerError):
    """The batch job could not run: PySpark, pyarrow or Java missing, or a bad input/output."""
