"""Staff entry points into the resident flow: assisted entry and kiosk mode."""

import csv

from django.conf import settings
from django.contrib import messages
from django.http import FileResponse, Http404, HttpResponse, StreamingHttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.template.loader import render_to_string
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from samenspraak.core.forms import posted
from samenspraak.core.spreadsheets import safe_cell
from samenspraak.instruments.selectors import instruments_of
from samenspraak.organisations.roles import Permission
from samenspraak.organisations.scoping import requires

from . import export_files, exports, services
from . import paper as paper_import
from .downloads import record_export
from .forms import AssistedEntryForm, PaperImportForm
from .views import KIOSK_SESSION, bind_response


@requires(Permission.ENTER_RESPONSES)
def assisted_entry(request, gemeente, pk):
    instrument = get_object_or_404(instruments_of(request.municipality), pk=pk)
    groups = instrument.current_version.definition.get("respondent_groups", [])
    form = AssistedEntryForm(posted(request), groups=groups)
    if not instrument.is_open:
        messages.error(request, _("This questionnaire is not open, so no answers can be entered."))
        return redirect(instrument.get_absolute_url())
    if request.method == "POST" and form.is_valid():
        response = services.start_response(
            instrument=instrument,
            channel=form.cleaned_data["channel"],
            respondent_group=form.cleaned_data.get("respondent_group", ""),
        )
        bind_response(request, instrument, response)
        return redirect("responses:question", instrument.public_code, 1)
    return render(
        request, "responses/assisted_entry.html", {"form": form, "instrument": instrument}
    )


@require_POST
@requires(Permission.MANAGE_TRAJECTS)
def start_kiosk(request, gemeente, pk):
    instrument = get_object_or_404(instruments_of(request.municipality), pk=pk)
    kiosk = set(request.session.get(KIOSK_SESSION, []))
    kiosk.add(instrument.pk)
    request.session[KIOSK_SESSION] = sorted(kiosk)
    return redirect("responses:kiosk-restart", instrument.public_code)


def _export_instrument(request, pk, what: str):
    instrument = get_object_or_404(instruments_of(request.municipality), pk=pk)
    record_export(request, what, instrument=instrument)
    return instrument


def _filename(instrument, extension: str) -> str:
    return f"samenspraak-{instrument.public_code}-v{exports.FORMAT_VERSION}.{extension}"


@requires(Permission.EXPORT_RAW_DATA)
def export_page(request, gemeente, pk):
    instrument = get_object_or_404(instruments_of(request.municipality), pk=pk)
    return render(
        request,
        "responses/export.html",
        {
            "instrument": instrument,
            "records": instrument.exports.select_related("user")[:20],
            "files": export_files.files_of(request.user, instrument)[:10],
            "file_hours": settings.EXPORT_FILE_HOURS,
            "format_version": exports.FORMAT_VERSION,
        },
    )


@requires(Permission.EXPORT_RAW_DATA)
def export_csv(request, gemeente, pk):
    delimiter = ";" if request.GET.get("scheiding") == "puntkomma" else ","
    instrument = _export_instrument(request, pk, f"csv{delimiter}")
    response = StreamingHttpResponse(
        exports.csv_lines(instrument, exports.export_variables(instrument), delimiter),
        content_type="text/csv; charset=utf-8",
    )
    response["Content-Disposition"] = f'attachment; filename="{_filename(instrument, "csv")}"'
    return response


@require_POST
@requires(Permission.EXPORT_RAW_DATA)
def export_request(request, gemeente, pk, kind):
    """XLSX and SPSS are written in the background; the export page offers the file."""
    instrument = get_object_or_404(instruments_of(request.municipality), pk=pk)
    if kind not in export_files.WRITERS:
        raise Http404
    export_files.request_export(
        instrument=instrument, user=request.user, municipality=request.municipality, kind=kind
    )
    messages.success(request, _("The file is being made. It appears below when it is ready."))
    return redirect("instruments:export", gemeente, pk)


@requires(Permission.EXPORT_RAW_DATA)
def export_file(request, gemeente, pk, file_pk):
    instrument = get_object_or_404(instruments_of(request.municipality), pk=pk)
    export = export_files.downloadable(request.user, instrument, file_pk)
    if export is None:
        raise Http404
    return FileResponse(
        export_files.path_of(export).open("rb"),
        as_attachment=True,
        filename=_filename(instrument, export.kind),
    )


@requires(Permission.EXPORT_RAW_DATA)
def codebook_csv(request, gemeente, pk):
    instrument = _export_instrument(request, pk, "codeboek")
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = (
        f'attachment; filename="codeboek-{instrument.public_code}-v{exports.FORMAT_VERSION}.csv"'
    )
    response.write("\ufeff")
    writer = csv.writer(response, delimiter=";")
    for line in exports.codebook_rows(exports.export_variables(instrument)):
        writer.writerow([safe_cell(cell) for cell in line])
    return response


@requires(Permission.ENTER_RESPONSES)
def paper(request, gemeente, pk):
    instrument = get_object_or_404(instruments_of(request.municipality), pk=pk)
    form = PaperImportForm(posted(request), request.FILES or None)
    errors = []
    if request.method == "POST" and form.is_valid():
        try:
            count = paper_import.import_file(
                instrument=instrument, upload=form.cleaned_data["file"]
            )
        except paper_import.ImportRejected as rejected:
            errors = rejected.errors
        else:
            messages.success(
                request, _("%(count)s paper questionnaires are saved.") % {"count": count}
            )
            return redirect("instruments:paper", gemeente, pk)
    return render(
        request,
        "responses/paper.html",
        {
            "instrument": instrument,
            "form": form,
            "import_errors": errors,
            "error_title": bool(errors or form.errors),
            "columns": paper_import.template_columns(instrument.current_version.definition),
        },
    )


@requires(Permission.ENTER_RESPONSES)
def paper_template(request, gemeente, pk, kind):
    instrument = get_object_or_404(instruments_of(request.municipality), pk=pk)
    columns = paper_import.template_columns(instrument.current_version.definition)
    filename = f"invoersjabloon-{instrument.public_code}-v{exports.FORMAT_VERSION}.{kind}"
    if kind == "csv":
        response = HttpResponse(content_type="text/csv; charset=utf-8")
        response.write("\ufeff")
        csv.writer(response, delimiter=";").writerow(columns)
    else:
        from openpyxl import Workbook

        workbook = Workbook()
        workbook.active.title = "antwoorden"
        workbook.active.append(columns)
        book = workbook.create_sheet("codeboek")
        for line in exports.codebook_rows(exports.export_variables(instrument)):
            book.append([safe_cell(cell) for cell in line])
        response = HttpResponse(
            content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        )
        workbook.save(response)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


@requires(Permission.ENTER_RESPONSES)
def paper_pdf(request, gemeente, pk):
    """The questionnaire on paper, for residents without internet."""
    from weasyprint import HTML

    from samenspraak.instruments.questionnaire import choices_for, iter_questions

    instrument = get_object_or_404(instruments_of(request.municipality), pk=pk)
    definition = instrument.current_version.definition
    questions = [
        {"section": section, "question": question, "choices": choices_for(question)}
        for section, question in iter_questions(definition)
    ]
    html = render_to_string(
        "responses/paper_pdf.html",
        {"instrument": instrument, "definition": definition, "questions": questions},
        request,
    )
    pdf = HTML(string=html).write_pdf(pdf_variant="pdf/ua-1")
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = (
        f'attachment; filename="vragenlijst-{instrument.public_code}.pdf"'
    )
    return response
