/* Chinese input for Material's search box.

   Why this file exists: Material 9.8 starts a search on `keyup` only. Chinese is typed
   through an input method: the characters arrive when the composition ends
   (`compositionend`, then an `input` event), often with no key event at all (mobile
   keyboards, handwriting and voice input, pasting, a browser's IME driven by CDP). Without
   this listener the reader picks 專家 from the IME and nothing happens until another key
   is pressed.

   What it does: when the box's text changes outside an active composition (a committed
   composition, a paste, an autofill), it hands Material the `keyup` it listens for. While
   the reader is still composing (the box holds pinyin such as "zhuanjia") nothing is
   searched. Material reads the box's value and drops unchanged values itself, so an extra
   keyup after a real key press costs nothing. */
(function () {
  "use strict";
  var input = document.querySelector("[data-md-component=search-query]");
  if (!input) return;
  function search() {
    input.dispatchEvent(new KeyboardEvent("keyup", { bubbles: true }));
  }
  input.addEventListener("compositionend", search);
  input.addEventListener("input", function (event) {
    if (!event.isComposing) search();
  });
})();
