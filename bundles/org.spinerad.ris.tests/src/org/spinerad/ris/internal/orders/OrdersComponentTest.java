package org.spinerad.ris.internal.orders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.Socket;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;
import org.spinerad.model.io.ServicePreferences;
import org.spinerad.ris.RisSettings;
import org.spinerad.ris.internal.Ack;
import org.spinerad.store.ReportStore;
import org.spinerad.testsupport.Orthanc;

/** The workstation's listener follows the orders.listen setting (default off). */
class OrdersComponentTest {

	@Test
	void theWorkstationListensWhileTheSettingIsOn() throws Exception {
		BundleContext context = FrameworkUtil.getBundle(OrderListener.class).getBundleContext();
		ServiceTracker<ReportStore, ReportStore> stores = new ServiceTracker<>(context, ReportStore.class, null);
		stores.open();
		ReportStore store = stores.waitForService(30_000);
		assertNotNull(store);
		int port = Orthanc.freePort();
		String tag = UUID.randomUUID().toString().substring(0, 8);
		try {
			assertThrows(ConnectException.class, () -> connect(port), "off by default");
			ServicePreferences.put(RisSettings.NODE, "orders.port", Integer.toString(port));
			ServicePreferences.put(RisSettings.NODE, "orders.procedures", "MRLSC");
			ServicePreferences.put(RisSettings.NODE, "orders.listen", "true");
			assertTrue(listening(port), "the workstation listens on port " + port);
			Ack ack = Hl7Orders.sendOne(port, Hl7Orders.orm("W1" + tag, "NW", "M" + tag, "W" + tag, "MRLSC"));
			assertEquals("AA", ack.code(), ack.raw());
			assertEquals("W" + tag, store.load(Worklist.reportId("W" + tag)).getStudy().getAccessionNumber());
			assertEquals("AE", Hl7Orders.sendOne(port, Hl7Orders.orm("W2" + tag, "NW", "M", "V" + tag, "MRCSC")).code(),
					"the procedure setting applies");
		} finally {
			ServicePreferences.put(RisSettings.NODE, "orders.listen", null);
			ServicePreferences.put(RisSettings.NODE, "orders.procedures", null);
			ServicePreferences.put(RisSettings.NODE, "orders.port", null);
			stores.close();
		}
		assertThrows(ConnectException.class, () -> connect(port), "turning the setting off stops the listener");
	}

	private static void connect(int port) throws IOException {
		new Socket(InetAddress.getLoopbackAddress(), port).close();
	}

	/** Waits until the component, activated by the framework, listens (it may activate after the change). */
	private static boolean listening(int port) throws InterruptedException {
		long deadline = System.nanoTime() + 30_000_000_000L;
		while (System.nanoTime() < deadline) {
			try {
				connect(port);
				return true;
			} catch (IOException e) {
				Thread.sleep(10);
			}
		}
		return false;
	}
}
