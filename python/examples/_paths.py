"""Where the examples find the distribution's example modules: ``$BEDROCK_HOME/modules``, else the
``modules/`` folder of the distribution these examples sit in (``<home>/python/examples``)."""

import os

HOME = os.environ.get("BEDROCK_HOME") or os.path.normpath(
    os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
#: The yokan module bundle (a key/value store provider, the examples' provider type).
YOKAN = os.path.join(HOME, "modules", "bedrock.module.yokan.jar")
