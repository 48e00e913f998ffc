// Tessera verification page: progressive enhancement only. Everything works without it.
'use strict';

(function () {
  // Camera QR scan with the browser's BarcodeDetector, where there is one (no library, no CDN).
  const scan = document.getElementById('scan');
  if (scan && 'BarcodeDetector' in window && navigator.mediaDevices
      && navigator.mediaDevices.getUserMedia) {
    scan.hidden = false;
    const label = scan.textContent;
    const box = document.getElementById('scanner');
    const video = document.getElementById('camera');
    const status = document.getElementById('scan-status');
    let stream = null;
    let timer = null;

    const stop = () => {
      if (timer) { clearTimeout(timer); timer = null; }
      if (stream) { stream.getTracks().forEach((t) => t.stop()); stream = null; }
      box.hidden = true;
      scan.textContent = label;
    };

    const use = (text) => {
      stop();
      let url = null;
      try { url = new URL(text, window.location.href); } catch (e) { url = null; }
      // A share link of this verifier: open it. Anything else is treated as a credential.
      if (url && url.origin === window.location.origin && /^\/([a-z]{2}\/)?s\//.test(url.pathname)) {
        window.location.assign(url.pathname);
        return;
      }
      document.getElementById('credential').value = text;
      document.getElementById('verify').click();
    };

    scan.addEventListener('click', async () => {
      if (stream) { stop(); return; }
      try {
        const detector = new window.BarcodeDetector({ formats: ['qr_code'] });
        stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' } });
        video.srcObject = stream;
        box.hidden = false;
        await video.play();
        scan.textContent = scan.dataset.stop;
        const tick = async () => {
          if (!stream) { return; }
          try {
            const codes = await detector.detect(video);
            if (codes.length > 0 && codes[0].rawValue) { use(codes[0].rawValue); return; }
          } catch (e) { /* frame not ready yet */ }
          timer = setTimeout(tick, 250);
        };
        tick();
      } catch (e) {
        stop();
        status.textContent = scan.dataset.failed;
      }
    });
  }

  // "Copy link" on the share page.
  const copy = document.getElementById('copy');
  if (copy && navigator.clipboard) {
    copy.addEventListener('click', async () => {
      const input = document.getElementById(copy.dataset.target);
      try {
        await navigator.clipboard.writeText(input.value);
        copy.textContent = copy.dataset.done;
      } catch (e) {
        input.select();
      }
    });
  }

  // "Show every check" opens the details it points to (a link alone only scrolls to the summary).
  document.querySelectorAll('a[href="#details"]').forEach((link) => {
    link.addEventListener('click', () => {
      const details = document.getElementById('details');
      if (details) { details.open = true; }
    });
  });
})();
