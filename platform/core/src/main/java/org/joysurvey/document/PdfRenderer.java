package org.joysurvey.document;

import com.openhtmltopdf.extend.FSStream;
import com.openhtmltopdf.extend.FSStreamFactory;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FSFontUseCase;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer.SvgExternalResourceMode;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer.SvgScriptMode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Lays the white paper's XHTML out on A4 pages as a tagged PDF (PDF/UA: structure tree, reading
 * order, alternate text of figures, document language and title) with openhtmltopdf on PDFBox, the
 * charts' SVG drawn as vectors by Batik, and DejaVu Sans embedded (shipped in this jar; every font
 * of the document is one of its four faces, so nothing depends on the server's fonts). The only
 * external resource it may fetch is the society's logo, with short time-outs and a size limit; SVG
 * scripts and external references are off.
 */
public final class PdfRenderer {

  private static final Logger LOG = Logger.getLogger(PdfRenderer.class.getName());

  /** The family every style of the document names. */
  public static final String FONT_FAMILY = "DejaVu Sans";

  private static final int LOGO_TIMEOUT_MS = 3000;
  private static final int LOGO_MAX_BYTES = 2 * 1024 * 1024;

  private record Face(String file, int weight, FontStyle style) {}

  private static final List<Face> FACES =
      List.of(
          new Face("DejaVuSans.ttf", 400, FontStyle.NORMAL),
          new Face("DejaVuSans-Bold.ttf", 700, FontStyle.NORMAL),
          new Face("DejaVuSans-Oblique.ttf", 400, FontStyle.ITALIC),
          new Face("DejaVuSans-BoldOblique.ttf", 700, FontStyle.ITALIC));

  /** The font files, read once per instance: each document embeds subsets of them. */
  private static final List<byte[]> FONT_BYTES = FACES.stream().map(PdfRenderer::read).toList();

  /**
   * The fonts as files, which the renderer hands to Batik too (it draws the charts' text and reads
   * fonts from files only): written once per instance to a temporary directory, removed when the
   * JVM exits.
   */
  private static final List<Path> FONT_FILES = fontFiles();

  private PdfRenderer() {}

  private static List<Path> fontFiles() {
    try {
      Path dir = Files.createTempDirectory("joy-fonts");
      dir.toFile().deleteOnExit();
      List<Path> files = new java.util.ArrayList<>();
      for (int i = 0; i < FACES.size(); i++) {
        Path file = dir.resolve(FACES.get(i).file());
        Files.write(file, FONT_BYTES.get(i));
        file.toFile().deleteOnExit();
        files.add(file);
      }
      return List.copyOf(files);
    } catch (IOException e) {
      throw new UncheckedIOException("The fonts for the charts could not be written", e);
    }
  }

  /**
   * Writes the PDF of {@code xhtml} to {@code out}; {@code logoUrl} is the one address it may fetch
   * ({@code null}: none).
   */
  public static void render(String xhtml, String logoUrl, OutputStream out) throws IOException {
    PdfRendererBuilder builder = new PdfRendererBuilder();
    builder.useFastMode();
    builder.usePdfUaAccessibility(true);
    builder.withProducer("Joy Survey");
    BatikSVGDrawer svg = new BatikSVGDrawer(SvgScriptMode.SECURE, SvgExternalResourceMode.SECURE);
    for (int i = 0; i < FACES.size(); i++) {
      Face face = FACES.get(i);
      // the same faces for the text and for the charts' SVG (drawn by Batik, which reads files)
      builder.useFont(
          FONT_FILES.get(i).toFile(),
          FONT_FAMILY,
          face.weight(),
          face.style(),
          true,
          EnumSet.of(FSFontUseCase.DOCUMENT, FSFontUseCase.SVG));
    }
    builder.useSVGDrawer(svg);
    builder.useHttpStreamImplementation(new LogoStreams());
    builder.useExternalResourceAccessControl(
        (uri, type) -> logoUrl != null && logoUrl.equals(uri),
        ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
    builder.useExternalResourceAccessControl(
        (uri, type) -> logoUrl != null && logoUrl.equals(uri),
        ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
    builder.withHtmlContent(xhtml, null);
    builder.toStream(out);
    builder.run();
  }

  private static byte[] read(Face face) {
    try (InputStream in = PdfRenderer.class.getResourceAsStream("fonts/" + face.file())) {
      if (in == null) {
        throw new IllegalStateException("The font " + face.file() + " is not in the jar");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Fetches the logo over HTTPS with time-outs, refusing anything larger than 2 MB. */
  private static final class LogoStreams implements FSStreamFactory {
    @Override
    public FSStream getUrl(String url) {
      byte[] bytes = fetch(url);
      return new FSStream() {
        @Override
        public InputStream getStream() {
          return bytes == null ? null : new ByteArrayInputStream(bytes);
        }

        @Override
        public Reader getReader() {
          return bytes == null
              ? null
              : new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8);
        }
      };
    }

    private static byte[] fetch(String url) {
      try {
        HttpURLConnection connection = (HttpURLConnection) URI.create(url).toURL().openConnection();
        connection.setConnectTimeout(LOGO_TIMEOUT_MS);
        connection.setReadTimeout(LOGO_TIMEOUT_MS);
        connection.setInstanceFollowRedirects(false);
        try (InputStream in = connection.getInputStream()) {
          byte[] bytes = in.readNBytes(LOGO_MAX_BYTES + 1);
          if (bytes.length > LOGO_MAX_BYTES) {
            LOG.warning(() -> "The society's logo " + url + " is over 2 MB: left out.");
            return null;
          }
          return bytes;
        } finally {
          connection.disconnect();
        }
      } catch (IOException | IllegalArgumentException | ClassCastException e) {
        LOG.log(Level.WARNING, "The society's logo " + url + " could not be fetched: left out.", e);
        return null;
      }
    }
  }
}
