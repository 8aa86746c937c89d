package org.spinerad.pdf.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spinerad.distribution.ChannelState;
import org.spinerad.distribution.ChannelState.Stage;
import org.spinerad.distribution.DistributionService;
import org.spinerad.model.Report;
import org.spinerad.model.io.ServicePreferences;

/**
 * The PDF folder as a channel of the running distribution service: one
 * sign-off writes one PDF, signing the same step again writes nothing new, an
 * addendum adds an amended PDF beside the original; without a folder the state
 * says how to set one.
 */
class PdfChannelTest {

	@TempDir
	Path dir;

	@AfterEach
	void forgetFolder() throws Exception {
		ServicePreferences.put(PdfSettings.NODE, PdfSettings.FOLDER, null);
	}

	private static ChannelState pdfState(DistributionService service, String reportId) {
		return service.states(reportId).stream().filter(s -> s.channel().equals("pdf")).findFirst().orElse(null);
	}

	private static boolean reaches(DistributionService service, Report report, String step, Stage stage)
			throws InterruptedException {
		return waitUntil(() -> {
			ChannelState s = pdfState(service, report.getId());
			return s != null && s.step().equals(step) && s.stage() == stage;
		});
	}

	private static boolean waitUntil(BooleanSupplier condition) throws InterruptedException {
		long deadline = System.nanoTime() + 30_000_000_000L;
		while (System.nanoTime() < deadline) {
			if (condition.getAsBoolean()) {
				return true;
			}
			Thread.sleep(20);
		}
		return condition.getAsBoolean();
	}

	private List<Path> files() throws Exception {
		try (Stream<Path> s = Files.list(dir.resolve("out"))) {
			return s.sorted().toList();
		}
	}

	@Test
	void oneSignOffWritesOnePdfAndAnAddendumAddsTheAmendedOne() throws Exception {
		ServicePreferences.put(PdfSettings.NODE, PdfSettings.FOLDER, dir.resolve("out").toString());
		DistributionService service = PdfFixtures.service(DistributionService.class);
		assertTrue(service.channels().stream().anyMatch(c -> c.id().equals("pdf")), "the PDF channel is installed");
		Report report = PdfFixtures.signedFinal("POST-01");

		service.distribute(report);
		assertTrue(reaches(service, report, "F", Stage.DELIVERED), "" + service.states(report.getId()));
		Path fin = dir.resolve("out").resolve(report.getId() + "-F.pdf");
		assertEquals(List.of(fin), files());
		byte[] first = Files.readAllBytes(fin);

		service.distribute(report); // the same step again (e.g. recovery at start)
		assertTrue(reaches(service, report, "F", Stage.DELIVERED), "" + service.states(report.getId()));
		assertTrue(pdfState(service, report.getId()).detail().startsWith("already written"),
				pdfState(service, report.getId()).detail());
		assertEquals(List.of(fin), files(), "delivered once");
		assertArrayEquals(first, Files.readAllBytes(fin), "the first PDF is not rewritten");

		PdfFixtures.amend(report, "Addendum through the channel: the left S1 root is encased.");
		service.distribute(report);
		assertTrue(reaches(service, report, "C1", Stage.DELIVERED), "" + service.states(report.getId()));
		Path amended = dir.resolve("out").resolve(report.getId() + "-C1.pdf");
		assertEquals(List.of(amended, fin), files(), "the original stays beside the amended PDF");
		String text = PdfFixtures.text(amended);
		assertTrue(text.contains("amended"), text);
		assertTrue(text.contains(PdfFixtures.words(report.getId() + "-F.pdf")), text);
		assertTrue(text.contains("the left s1 root is encased"), text);
		assertTrue(PdfFixtures.text(fin).indexOf("amended") < 0, "the original PDF stays as signed");
	}

	@Test
	void withoutAFolderThePdfIsNotSentAndTheStateSaysHowToSetOne() throws Exception {
		ServicePreferences.put(PdfSettings.NODE, PdfSettings.FOLDER, null);
		DistributionService service = PdfFixtures.service(DistributionService.class);
		Report report = PdfFixtures.signedFinal("POST-01");
		service.distribute(report);
		assertTrue(reaches(service, report, "F", Stage.NOT_SENT), "" + service.states(report.getId()));
		String detail = pdfState(service, report.getId()).detail();
		assertTrue(detail.startsWith("PDF folder not configured") && detail.contains("org.spinerad.pdf"), detail);
	}
}
