// Shared look of text-like form controls: one class, drawn in app/globals.css (.form-control),
// so a form of many controls does not repeat its utilities on each of them.
export const controlStyles = "form-control";
