// Progressive enhancement for the schouw form: a button that fills in the phone's coordinates.
// Without JavaScript, or when the browser has no location, the form works as it is.
(function () {
  "use strict";
  var form = document.querySelector("[data-locatie]");
  var latitude = document.getElementById("id_latitude");
  var longitude = document.getElementById("id_longitude");
  if (!form || !latitude || !longitude || !("geolocation" in navigator)) {
    return;
  }
  var status = document.createElement("p");
  status.className = "utrecht-paragraph";
  status.setAttribute("role", "status");
  var button = document.createElement("button");
  button.type = "button";
  button.className = "utrecht-button utrecht-button--secondary-action";
  button.textContent = form.getAttribute("data-locatie");
  button.addEventListener("click", function () {
    status.textContent = form.getAttribute("data-locatie-bezig");
    navigator.geolocation.getCurrentPosition(
      function (position) {
        latitude.value = position.coords.latitude.toFixed(5);
        longitude.value = position.coords.longitude.toFixed(5);
        status.textContent = form.getAttribute("data-locatie-klaar");
      },
      function () {
        status.textContent = form.getAttribute("data-locatie-fout");
      },
      { enableHighAccuracy: true, timeout: 15000 }
    );
  });
  var wrapper = latitude.closest(".utrecht-form-field") || latitude.parentNode;
  wrapper.parentNode.insertBefore(button, wrapper);
  wrapper.parentNode.insertBefore(status, wrapper);
})();
