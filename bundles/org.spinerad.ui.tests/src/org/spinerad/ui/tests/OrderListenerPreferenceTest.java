package org.spinerad.ui.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.spinerad.model.io.ServicePreferences;
import org.spinerad.store.ReportStore;
import org.spinerad.testsupport.Ui;
import org.spinerad.ui.internal.dialogs.PreferencesDialog;

/**
 * The order listener is switched on and off in the Preferences dialog and
 * follows at once: on, an ORM^O01 sent over loopback is acknowledged and its
 * study appears in the worklist; off, the port no longer answers.
 */
class OrderListenerPreferenceTest {

	private static final Duration WAIT = Duration.ofSeconds(15);
	private static final String ACCESSION = "UIORD" + ProcessHandle.current().pid();

	private final Ui ui = Ui.of(Display.getCurrent());

	@AfterEach
	void listenerOff() throws IOException {
		ServicePreferences.put("org.spinerad.ris", "orders.listen", null);
		ServicePreferences.put("org.spinerad.ris", "orders.port", null);
	}

	@Test
	void theOrderListenerIsSwitchedOnAndOffInThePreferences() throws Exception {
		int port = freePort();
		setOrders(true, port);
		String ack = sendWhenListening(port, orm("UIT1"));
		assertTrue(ack.contains("MSA|AA|UIT1"), ack);
		ReportStore store = Workbench.service(ReportStore.class);
		ui.waitUntil("the ordered study in the worklist", WAIT, () -> {
			try {
				return store.list().stream().anyMatch(s -> ACCESSION.equals(s.accessionNumber()));
			} catch (Exception e) {
				return false;
			}
		});

		setOrders(false, port);
		ui.waitUntil("the order port closed", WAIT, () -> !accepts(port));
	}

	/** Opens the Preferences, sets the order listener as a user does, and presses OK. */
	private void setOrders(boolean listen, int port) {
		Shell window = ui.shell("Spine MRI Reporting");
		PreferencesDialog dialog = new PreferencesDialog(window, Workbench.application().getContext());
		dialog.setBlockOnOpen(false);
		dialog.open();
		Button box = ui.get("org.spinerad.ui.preferences.ordersListen", Button.class);
		if (box.getSelection() != listen) {
			ui.click(box);
		}
		Text text = ui.get("org.spinerad.ui.preferences.ordersPort", Text.class);
		ui.onUi(() -> {
			text.setText("");
			return null;
		});
		ui.type(text, Integer.toString(port));
		Button ok = ui.all(dialog.getShell(), Button.class).stream().filter(b -> "OK".equals(b.getText())).findFirst()
				.orElseThrow();
		ui.click(ok);
		ui.waitUntil("the Preferences closed", WAIT, () -> dialog.getShell() == null);
	}

	private static String orm(String controlId) {
		return String.join("\r", "MSH|^~\\&|RIS|HOSPITAL|SPINERAD|RADIOLOGY|20261129080000||ORM^O01|" + controlId
				+ "|P|2.5.1", "PID|1||UI-MRN-1^^^HOSPITAL^MR||Preference^Test||19650412|F", "PV1|1|O",
				"ORC|NW|P" + ACCESSION + "|" + ACCESSION, "OBR|1|P" + ACCESSION + "|" + ACCESSION
						+ "|MRLSC^MRI lumbar spine with contrast^L||||||||||||||" + ACCESSION
						+ "|||||||||^^^^^R||||^Back pain and fever")
				+ "\r";
	}

	/** Sends a message as soon as the port accepts connections (within {@link #WAIT}); returns the ACK. */
	private String sendWhenListening(int port, String message) throws IOException {
		long deadline = System.nanoTime() + WAIT.toNanos();
		while (true) {
			try (Socket socket = new Socket()) {
				socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 2000);
				socket.setSoTimeout((int) WAIT.toMillis());
				socket.getOutputStream().write(0x0B);
				socket.getOutputStream().write(message.getBytes(StandardCharsets.UTF_8));
				socket.getOutputStream().write(new byte[] { 0x1C, 0x0D });
				socket.getOutputStream().flush();
				return frame(socket.getInputStream());
			} catch (ConnectException e) {
				if (System.nanoTime() > deadline) {
					throw e;
				}
				ui.flush();
			}
		}
	}

	private static String frame(InputStream in) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		int b;
		while ((b = in.read()) != 0x0B) {
			if (b < 0) {
				return "";
			}
		}
		while ((b = in.read()) >= 0 && b != 0x1C) {
			out.write(b);
		}
		return out.toString(StandardCharsets.UTF_8);
	}

	private static boolean accepts(int port) {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 1000);
			return true;
		} catch (IOException e) {
			return false;
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return s.getLocalPort();
		}
	}
}
