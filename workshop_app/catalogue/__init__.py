"""The method catalogue: phases, quadrant presets, actor types and glossary, in English, Finnish and Bokmål."""

from workshop_app.catalogue.loader import default_catalogue, load_catalogue
from workshop_app.catalogue.models import Catalogue, LocalText

__all__ = ["Catalogue", "LocalText", "default_catalogue", "load_catalogue"]
