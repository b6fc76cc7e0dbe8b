"""A REFI-QDA project (.qdpx) of a traject's coded contributions, for ATLAS.ti, MAXQDA, NVivo.

The exchange standard (QDA-XML 1.0, www.qdasoftware.org) is a zip with one `project.qde`: users
(the coders), the codebook (two levels, with colours), and one text source per contribution
with its codings as selections. Texts go out masked, since the file leaves Samenspraak; a
fragment is found again in the masked text, else the whole text carries the code. The
contribution's tags travel as variables. GUIDs are derived from ids, so exporting twice gives
the same project.
"""

import io
import uuid
import zipfile
from xml.etree import ElementTree as ET

from django.utils import timezone

from .models import Code, Coding, Contribution, MaskState

NAMESPACE = "urn:QDA-XML:project:1.0"
GUID_ROOT = uuid.UUID("6f0c7a52-2d0e-4f43-9f4e-5a6d2b8c1e10")
VARIABLES = [
    ("soort", "source_type"),
    ("kanaal", "channel"),
    ("groep", "respondent_group"),
    ("fase", "phase"),
    ("datum", "created_on"),
]


def _guid(kind: str, pk) -> str:
    return str(uuid.uuid5(GUID_ROOT, f"{kind}:{pk}"))


def _element(parent, tag, **attributes):
    return ET.SubElement(
        parent, f"{{{NAMESPACE}}}{tag}", {k: str(v) for k, v in attributes.items()}
    )


def project_xml(traject) -> bytes:
    ET.register_namespace("", NAMESPACE)
    now = timezone.now().replace(microsecond=0).isoformat()
    root = ET.Element(
        f"{{{NAMESPACE}}}Project",
        {"name": traject.title, "origin": "Samenspraak", "creationDateTime": now},
    )
    codings = list(
        Coding.objects.filter(code__codebook__traject=traject)
        .exclude(contribution__mask_state=MaskState.PENDING)
        .select_related("coder")
        .order_by("pk")
    )
    coders = {coding.coder for coding in codings if coding.coder}
    users = _element(root, "Users")
    _element(users, "User", guid=_guid("user", "samengevoegd"), name="Samengevoegd")
    for coder in sorted(coders, key=lambda user: user.pk):
        _element(users, "User", guid=_guid("user", coder.pk), name=coder.full_name or coder.email)

    codes = list(Code.objects.filter(codebook__traject=traject))
    if codes:
        book = _element(_element(root, "CodeBook"), "Codes")
        elements = {}
        for code in sorted(codes, key=lambda c: (c.parent_id is not None, c.position, c.name)):
            parent = elements.get(code.parent_id, book)
            element = _element(
                parent,
                "Code",
                guid=_guid("code", code.pk),
                name=code.name,
                isCodable="true",
                color=code.colour.upper(),
            )
            if code.description:
                _element(element, "Description").text = code.description
            elements[code.pk] = element

    variables = _element(root, "Variables")
    for name, _field in VARIABLES:
        _element(
            variables, "Variable", guid=_guid("variable", name), name=name, typeOfVariable="Text"
        )

    by_contribution: dict[int, list[Coding]] = {}
    for coding in codings:
        by_contribution.setdefault(coding.contribution_id, []).append(coding)
    contributions = Contribution.objects.filter(pk__in=by_contribution).order_by("pk")
    sources = _element(root, "Sources") if by_contribution else None
    for contribution in contributions:
        text = contribution.masked_text
        source = _element(
            sources,
            "TextSource",
            guid=_guid("source", contribution.pk),
            name=f"Bijdrage {contribution.pk}",
        )
        _element(source, "PlainTextContent").text = text
        for coding in by_contribution[contribution.pk]:
            start = text.find(coding.fragment) if coding.fragment else -1
            start, end = (start, start + len(coding.fragment)) if start >= 0 else (0, len(text))
            user = _guid("user", coding.coder_id or "samengevoegd")
            selection = _element(
                source,
                "PlainTextSelection",
                guid=_guid("selection", coding.pk),
                startPosition=start,
                endPosition=end,
                creatingUser=user,
            )
            mark = _element(selection, "Coding", guid=_guid("coding", coding.pk), creatingUser=user)
            _element(mark, "CodeRef", targetGUID=_guid("code", coding.code_id))
        for name, field in VARIABLES:
            value = _element(source, "VariableValue")
            _element(value, "VariableRef", targetGUID=_guid("variable", name))
            _element(value, "TextValue").text = str(getattr(contribution, field) or "")
    return ET.tostring(root, encoding="utf-8", xml_declaration=True)


def project_archive(traject) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("project.qde", project_xml(traject))
    return buffer.getvalue()


def filename(traject) -> str:
    return f"samenspraak-traject-{traject.pk}.qdpx"
