from django.urls import path

from samenspraak.responses import staff_views

from . import builder_views, views

app_name = "instruments"

WS = "werkruimte/<slug:gemeente>/"
ONE = WS + "instrumenten/<int:pk>/"

urlpatterns = [
    path(WS + "instrumenten/", views.instrument_list, name="list"),
    path(
        WS + "trajecten/<int:traject_pk>/vragenlijst-maken/",
        views.instrument_create,
        name="create",
    ),
    path(WS + "vragenlijst-maken/", views.instrument_create, name="create-any"),
    path(ONE, views.instrument_detail, name="detail"),
    path(ONE + "publiceren/", views.instrument_publish, name="publish"),
    path(ONE + "sluiten/", views.instrument_close, name="close"),
    path(ONE + "metingen/", views.round_create, name="round-create"),
    path(ONE + "codes/", views.codes_create, name="codes-create"),
    path(ONE + "codes.csv", views.codes_csv, name="codes-csv"),
    path(ONE + "qr.svg", views.qr_code, {"kind": "svg"}, name="qr-svg"),
    path(ONE + "qr.png", views.qr_code, {"kind": "png"}, name="qr-png"),
    path(ONE + "voorbeeld/", views.preview, name="preview"),
    path(ONE + "vragen/", builder_views.builder, name="builder"),
    path(ONE + "vragen/nieuw/", builder_views.question_edit, name="question-add"),
    path(ONE + "vragen/<str:key>/", builder_views.question_edit, name="question-edit"),
    path(ONE + "vragen/<str:key>/verplaatsen/", builder_views.question_move, name="question-move"),
    path(
        ONE + "vragen/<str:key>/verwijderen/", builder_views.question_remove, name="question-remove"
    ),
    path(ONE + "resultaten/", views.results, name="results"),
    path(ONE + "invoeren/", staff_views.assisted_entry, name="assisted-entry"),
    path(ONE + "kiosk/", staff_views.start_kiosk, name="kiosk"),
    path(ONE + "export/", staff_views.export_page, name="export"),
    path(ONE + "export.csv", staff_views.export_csv, name="export-csv"),
    path(ONE + "export/maken/<str:kind>/", staff_views.export_request, name="export-request"),
    path(ONE + "export/bestanden/<int:file_pk>/", staff_views.export_file, name="export-file"),
    path(ONE + "codeboek.csv", staff_views.codebook_csv, name="codebook"),
    path(ONE + "papier/", staff_views.paper, name="paper"),
    path(
        ONE + "papier/invoersjabloon.csv",
        staff_views.paper_template,
        {"kind": "csv"},
        name="paper-template-csv",
    ),
    path(
        ONE + "papier/invoersjabloon.xlsx",
        staff_views.paper_template,
        {"kind": "xlsx"},
        name="paper-template-xlsx",
    ),
    path(ONE + "papier/vragenlijst.pdf", staff_views.paper_pdf, name="paper-pdf"),
]
