// The progress indicator: while the check runs, say so and stop a second submission.
document.addEventListener("DOMContentLoaded", function () {
  var form = document.getElementById("check");
  form.addEventListener("submit", function () {
    document.getElementById("progress").classList.add("on");
    var button = document.getElementById("submit");
    window.setTimeout(function () { button.disabled = true; }, 0);
  });
  // A page shown again from the back/forward cache must not stay busy.
  window.addEventListener("pageshow", function () {
    document.getElementById("progress").classList.remove("on");
    document.getElementById("submit").disabled = false;
  });
});
