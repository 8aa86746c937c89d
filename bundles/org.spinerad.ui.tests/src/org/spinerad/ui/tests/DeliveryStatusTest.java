package org.spinerad.ui.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Duration;
import java.util.Map;

import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.junit.jupiter.api.Test;
import org.spinerad.testsupport.Ui;
import org.spinerad.ui.internal.dialogs.UiPreferences;
import org.spinerad.ui.parts.DeliveryStatus;

/** The status line never claims a delivery to a RIS or PACS that is not configured. */
class DeliveryStatusTest {

	private static final Duration WAIT = Duration.ofSeconds(15);
	private final Ui ui = Ui.of(Display.getCurrent());

	@Test
	void channelsWithoutDestinationSayNotConfigured() throws Exception {
		UiPreferences.put(Map.of(UiPreferences.RIS_HOST, "", UiPreferences.PACS_URL, "", UiPreferences.PDF_FOLDER, ""));
		Label status = ui.get(DeliveryStatus.ID, Label.class);
		ui.waitUntil("the status line to say the channels are not configured", WAIT,
				() -> status.getText().contains("RIS: not configured") && status.getText().contains("PACS: not configured")
						&& status.getText().contains("PDF: not configured"));
		assertFalse(status.getText().contains("all delivered"), status.getText());

		// a RIS host set in the preferences shows at once, without a restart
		UiPreferences.put(Map.of(UiPreferences.RIS_HOST, "ris.example.org"));
		ui.waitUntil("the RIS to count as configured", WAIT, () -> !status.getText().contains("RIS: not configured"));
		UiPreferences.put(Map.of(UiPreferences.RIS_HOST, ""));
		ui.waitUntil("the RIS to be not configured again", WAIT, () -> status.getText().contains("RIS: not configured"));

		// so does a PDF folder
		UiPreferences.put(Map.of(UiPreferences.PDF_FOLDER, "/srv/reports/pdf"));
		ui.waitUntil("the PDF folder to count as configured", WAIT, () -> !status.getText().contains("PDF: not configured"));
		UiPreferences.put(Map.of(UiPreferences.PDF_FOLDER, ""));
		ui.waitUntil("the PDF folder to be not configured again", WAIT, () -> status.getText().contains("PDF: not configured"));
	}
}
