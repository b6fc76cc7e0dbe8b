from django.urls import include, path

from . import mystery_views, network_views, regional_views, views

app_name = "regions"

urlpatterns = [
    path("", include("samenspraak.regions.paired_urls")),
    path("", include("samenspraak.regions.journey_urls")),
    path("regio/<slug:regio>/", views.region_overview, name="region"),
    path("regio/<slug:regio>/trajecten/<int:pk>/", views.region_traject, name="traject"),
    path("regio/<slug:regio>/leden/", views.region_members, name="members"),
    path(
        "regio/<slug:regio>/leden/<int:pk>/verwijderen/",
        views.region_member_remove,
        name="member-remove",
    ),
    path("regio/<slug:regio>/spiegel/", views.spiegel_list, name="spiegel"),
    path(
        "regio/<slug:regio>/spiegel/<slug:template_key>/",
        views.spiegel_detail,
        name="spiegel-detail",
    ),
    path(
        "regio/<slug:regio>/spiegel/<slug:template_key>/spiegel.<str:kind>",
        views.spiegel_export,
        name="spiegel-export",
    ),
    path(
        "regio/<slug:regio>/regionale-trajecten/",
        regional_views.regional_list,
        name="regionals",
    ),
    path(
        "regio/<slug:regio>/regionale-trajecten/nieuw/",
        regional_views.regional_create,
        name="regional-create",
    ),
    path(
        "regio/<slug:regio>/regionale-trajecten/<int:pk>/",
        regional_views.regional_detail,
        name="regional",
    ),
    path(
        "regio/<slug:regio>/regionale-trajecten/<int:pk>/bewerken/",
        regional_views.regional_edit,
        name="regional-edit",
    ),
    path(
        "regio/<slug:regio>/regionale-trajecten/<int:pk>/meedoen/",
        regional_views.regional_join,
        name="regional-join",
    ),
    path(
        "regio/<slug:regio>/mysteryguest/",
        mystery_views.mystery_compare_page,
        name="mystery-compare",
    ),
    path(
        "regio/<slug:regio>/mysteryguest/vergelijking.<str:kind>",
        mystery_views.mystery_compare_export,
        name="mystery-compare-export",
    ),
    path("regio/<slug:regio>/innovatiespiraal/", views.innovation_list, name="innovations"),
    path(
        "regio/<slug:regio>/innovatiespiraal/nieuw/",
        views.innovation_create,
        name="innovation-create",
    ),
    path(
        "regio/<slug:regio>/innovatiespiraal/<int:pk>/",
        views.innovation_detail,
        name="innovation",
    ),
    path(
        "regio/<slug:regio>/innovatiespiraal/<int:pk>/fasen/<int:phase>/",
        views.innovation_phase,
        name="innovation-phase",
    ),
    path("regio/<slug:regio>/netwerk/", network_views.network_list, name="networks"),
    path("regio/<slug:regio>/netwerk/nieuw/", network_views.network_create, name="network-create"),
    path("regio/<slug:regio>/netwerk/<int:pk>/", network_views.network_detail, name="network"),
    path(
        "regio/<slug:regio>/netwerk/<int:pk>/vragenlijst/",
        network_views.network_questionnaire,
        name="network-questionnaire",
    ),
    path(
        "regio/<slug:regio>/netwerk/<int:pk>/organisaties/",
        network_views.network_nodes,
        name="network-nodes",
    ),
    path(
        "regio/<slug:regio>/netwerk/<int:pk>/organisaties/<int:node>/verwijderen/",
        network_views.network_node_remove,
        name="network-node-remove",
    ),
    path(
        "werkruimte/<slug:gemeente>/trajecten/<int:pk>/delen-met-regio/",
        views.traject_sharing,
        name="traject-sharing",
    ),
]
