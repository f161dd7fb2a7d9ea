// The only script: ask before a form that cannot be undone (delete, shuffle) is sent.
// Without it every form still works; the page needs no script to be used.
document.addEventListener("submit", (event) => {
  const message = event.target.getAttribute("data-confirm");
  if (message && !window.confirm(message)) event.preventDefault();
});
// After a change the page comes back at the question it changed: put the keyboard focus there too.
window.addEventListener("DOMContentLoaded", () => {
  const invalid = document.querySelector("[aria-invalid=true]");
  const target = invalid || (location.hash && document.getElementById(decodeURIComponent(location.hash.slice(1))));
  if (target) target.focus();
});
