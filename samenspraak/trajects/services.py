from django.db import transaction

from .models import Traject


@transaction.atomic
def create_traject(*, municipality, created_by, **fields) -> Traject:
    traject = Traject(municipality=municipality, created_by=created_by, **fields)
    traject.full_clean()
    traject.save()
    return traject


@transaction.atomic
def update_traject(*, traject: Traject, **fields) -> Traject:
    for name, value in fields.items():
        setattr(traject, name, value)
    traject.full_clean()
    traject.save()
    return traject
