// Tessera verification page: progressive enhancement only. Everything works without it.
'use strict';

(function () {
  // QR decoding: the browser's BarcodeDetector where there is one, else jsQR (a local asset,
  // loaded on first use). Exposed so the browser tests can decode without a camera.
  let jsQrLoaded = null;
  const loadJsQr = () => {
    if (!jsQrLoaded) {
      jsQrLoaded = new Promise((resolve, reject) => {
        const script = document.createElement('script');
        script.src = '/assets/jsqr.js';
        script.onload = () => (window.jsQR ? resolve(window.jsQR) : reject(new Error('jsQR')));
        script.onerror = () => { jsQrLoaded = null; reject(new Error('jsQR')); };
        document.head.appendChild(script);
      });
    }
    return jsQrLoaded;
  };
  /** The text of the QR code in an ImageData, or null, with jsQR. */
  const decodeImageData = async (image) => {
    const jsQR = await loadJsQr();
    const code = jsQR(image.data, image.width, image.height);
    return code && code.data ? code.data : null;
  };
  window.tesseraQr = { decodeImageData };

  /** A function reading one video frame: resolves to the QR text or null. */
  const frameReader = async (video) => {
    if ('BarcodeDetector' in window) {
      const detector = new window.BarcodeDetector({ formats: ['qr_code'] });
      return async () => {
        const codes = await detector.detect(video);
        return codes.length > 0 && codes[0].rawValue ? codes[0].rawValue : null;
      };
    }
    await loadJsQr();
    const canvas = document.createElement('canvas');
    const context = canvas.getContext('2d', { willReadFrequently: true });
    return async () => {
      if (!video.videoWidth) { return null; }
      // A phone camera's full frame is large: 640 px wide is plenty for a QR code.
      const scale = Math.min(1, 640 / video.videoWidth);
      canvas.width = Math.round(video.videoWidth * scale);
      canvas.height = Math.round(video.videoHeight * scale);
      context.drawImage(video, 0, 0, canvas.width, canvas.height);
      return decodeImageData(context.getImageData(0, 0, canvas.width, canvas.height));
    };
  };

  const scan = document.getElementById('scan');
  if (scan && navigator.mediaDevices && navigator.mediaDevices.getUserMedia) {
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
        const read = await frameReader(video);
        stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' } });
        video.srcObject = stream;
        box.hidden = false;
        await video.play();
        scan.textContent = scan.dataset.stop;
        const tick = async () => {
          if (!stream) { return; }
          try {
            const text = await read();
            if (text) { use(text); return; }
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
  // On an answered presentation the ids carry a per-credential prefix ("c2-details").
  document.querySelectorAll('a[href$="details"]').forEach((link) => {
    link.addEventListener('click', () => {
      const details = document.getElementById(link.getAttribute('href').slice(1));
      if (details) { details.open = true; }
    });
  });
})();
