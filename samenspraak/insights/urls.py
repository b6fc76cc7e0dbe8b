from django.urls import path

from . import coding_views, dashboard_views, report_views, views

app_name = "insights"

W = "werkruimte/<slug:gemeente>/"
T = W + "trajecten/<int:traject_pk>/"

urlpatterns = [
    path(W + "bewijs/", views.pool, name="pool"),
    path(W + "bewijs/maskeren/", views.mask_now, name="mask-now"),
    path(W + "bewijs/<int:pk>/", views.contribution_detail, name="contribution"),
    path(
        W + "bewijs/<int:pk>/codes/<int:coding_pk>/verwijderen/",
        views.remove_coding,
        name="remove-coding",
    ),
    path(T + "bewijs/", views.traject_pool, name="traject-pool"),
    path(T + "bewijs/coderen/", views.apply_to_selection, name="apply-to-selection"),
    path(T + "codeboek/", coding_views.codebook, name="codebook"),
    path(T + "codeboek/starten/", coding_views.codebook_start, name="codebook-start"),
    path(T + "codeboek/nieuw/", coding_views.code_edit, name="code-create"),
    path(T + "codeboek/<int:code_pk>/bewerken/", coding_views.code_edit, name="code-edit"),
    path(T + "codeboek/<int:code_pk>/verwijderen/", coding_views.code_delete, name="code-delete"),
    path(T + "codeboek/overeenstemming/", coding_views.agreement, name="agreement"),
    path(
        T + "codeboek/overeenstemming/samenvoegen/",
        coding_views.agreement_merge,
        name="agreement-merge",
    ),
    path(T + "codeboek/suggesties/", coding_views.suggestions, name="suggestions"),
    path(T + "codeboek/suggesties/maken/", coding_views.suggestions_make, name="suggestions-make"),
    path(
        T + "codeboek/suggesties/beslissen/",
        coding_views.suggestions_decide,
        name="suggestions-decide",
    ),
    path(T + "dashboard/", dashboard_views.traject_dashboard, name="traject-dashboard"),
    path(
        W + "instrumenten/<int:instrument_pk>/dashboard/",
        dashboard_views.instrument_dashboard,
        name="instrument-dashboard",
    ),
    path(T + "codering.csv", coding_views.coded_export, {"kind": "csv"}, name="coded-csv"),
    path(T + "codering.xlsx", coding_views.coded_export, {"kind": "xlsx"}, name="coded-xlsx"),
    path(T + "project.qdpx", coding_views.qdpx_export, name="qdpx"),
    path(T + "bevindingen/", report_views.finding_list, name="findings"),
    path(T + "bevindingen/nieuw/", report_views.finding_edit, name="finding-create"),
    path(T + "bevindingen/<int:pk>/", report_views.finding_edit, name="finding-edit"),
    path(
        T + "bevindingen/<int:pk>/verwijderen/",
        report_views.finding_delete,
        name="finding-delete",
    ),
    path(T + "rapport/", report_views.report_list, name="reports"),
    path(T + "rapport/<int:pk>/", report_views.report_detail, name="report"),
    path(T + "rapport/<int:pk>/rapport.pdf", report_views.report_pdf, name="report-pdf"),
    path(T + "rapport/<int:pk>/publiceren/", report_views.report_publish, name="report-publish"),
    path(T + "themas/", coding_views.themes, name="themes"),
    path(T + "themas/<int:run_pk>/", coding_views.theme_run, name="theme-run"),
    path(
        T + "themas/<int:run_pk>/<int:theme_pk>/",
        coding_views.theme_decide,
        name="theme-decide",
    ),
]
