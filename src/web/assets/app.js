// Progressive enhancement only: every page works without this script.
// A form or button with data-confirm asks before it is sent.
document.addEventListener("submit", (e) => {
  const form = e.target;
  const ask = form.getAttribute("data-confirm");
  if (ask && !window.confirm(ask)) e.preventDefault();
});
// A select with data-autosubmit sends its form when changed.
document.addEventListener("change", (e) => {
  const el = e.target;
  if (el.matches && el.matches("select[data-autosubmit]") && el.form) el.form.submit();
});
