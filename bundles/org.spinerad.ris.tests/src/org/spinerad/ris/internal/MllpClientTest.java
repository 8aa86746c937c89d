package org.spinerad.ris.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.spinerad.ris.internal.MessageChecks.assertContains;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.spinerad.model.Report;
import org.spinerad.model.ReportStatus;
import org.spinerad.ris.ResultStatus;
import org.spinerad.ris.RisSettings;
import org.spinerad.ris.internal.DeliveryException.Stage;

/** The MLLP client against a peer on loopback, over real sockets. */
class MllpClientTest {

	private static RisSettings settings(int port) {
		return RisSettings.defaults().withEndpoint("127.0.0.1", port).withTimeouts(Duration.ofSeconds(2),
				Duration.ofMillis(800));
	}

	private static String message(String controlId) throws Exception {
		Report report = TestReports.signed("TUM-02", ReportStatus.FINAL);
		return new OruMessageBuilder(RisSettings.defaults()).build(report, TestReports.text(report),
				ResultStatus.FINAL, controlId, Instant.now());
	}

	@Test
	void anAcceptedMessageIsReadBackByThePeerWithEveryField() throws Exception {
		try (MllpPeer peer = MllpPeer.start()) {
			AtomicBoolean written = new AtomicBoolean();
			Ack ack = new MllpClient(settings(peer.port())).send("CID-1", message("CID-1"), () -> written.set(true));
			assertTrue(written.get());
			assertEquals("AA", ack.code());
			assertEquals("CID-1", ack.controlId());
			assertTrue(ack.accepted());
			assertEquals(1, peer.receptions().size());
			Report report = TestReports.signed("TUM-02", ReportStatus.FINAL);
			MessageChecks.assertOru(peer.receptions().get(0).parsed(), report, ResultStatus.FINAL, "CID-1",
					TestReports.text(report), RisSettings.defaults());
		}
	}

	@Test
	void errorAndRejectCarryTheReasonOfTheRis() throws Exception {
		try (MllpPeer peer = MllpPeer.start()) {
			peer.inject(MllpPeer.Fault.AE, MllpPeer.Fault.AR);
			MllpClient client = new MllpClient(settings(peer.port()));
			Ack error = client.send("CID-2", message("CID-2"), () -> {
			});
			assertEquals("AE", error.code());
			assertTrue(error.rejected());
			assertEquals(MllpPeer.AE_REASON, error.reason(), "from ERR-3 when MSA-3 is empty");
			Ack reject = client.send("CID-3", message("CID-3"), () -> {
			});
			assertEquals("AR", reject.code());
			assertEquals(MllpPeer.AR_REASON, reject.reason(), "from MSA-3");
		}
	}

	@Test
	void aRisThatIsDownFailsBeforeAnythingIsWritten() throws Exception {
		try (MllpPeer peer = MllpPeer.down()) {
			DeliveryException e = assertThrows(DeliveryException.class,
					() -> new MllpClient(settings(peer.port())).send("CID-4", message("CID-4"), () -> {
					}));
			assertEquals(Stage.CONNECT, e.stage());
			assertFalse(e.maybeReceived());
			assertContains(e.getMessage(), "cannot connect");
		}
	}

	@Test
	void aDroppedConnectionOrAnAckForAnotherMessageMeansRetry() throws Exception {
		try (MllpPeer peer = MllpPeer.start()) {
			peer.inject(MllpPeer.Fault.DROP_BEFORE_ACK, MllpPeer.Fault.WRONG_CONTROL_ID);
			MllpClient client = new MllpClient(settings(peer.port()));
			DeliveryException dropped = assertThrows(DeliveryException.class,
					() -> client.send("CID-5", message("CID-5"), () -> {
					}));
			assertEquals(Stage.ACK, dropped.stage());
			assertTrue(dropped.maybeReceived());
			assertContains(dropped.getMessage(), "closed the connection before acknowledging");
			DeliveryException wrong = assertThrows(DeliveryException.class,
					() -> client.send("CID-6", message("CID-6"), () -> {
					}));
			assertContains(wrong.getMessage(), "acknowledged another message");
		}
	}

	@Test
	void silenceEndsAtTheAcknowledgementTimeout() throws Exception {
		try (ServerSocket silent = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
			CountDownLatch done = new CountDownLatch(1);
			Thread reader = new Thread(() -> {
				try (Socket s = silent.accept(); InputStream in = s.getInputStream()) {
					in.readAllBytes(); // read everything, never answer
				} catch (IOException e) {
					// closed by the client
				} finally {
					done.countDown();
				}
			});
			reader.setDaemon(true);
			reader.start();
			long t0 = System.nanoTime();
			DeliveryException e = assertThrows(DeliveryException.class,
					() -> new MllpClient(settings(silent.getLocalPort())).send("CID-7", message("CID-7"), () -> {
					}));
			long ms = (System.nanoTime() - t0) / 1_000_000;
			assertEquals(Stage.ACK, e.stage());
			assertContains(e.getMessage(), "no acknowledgement");
			assertTrue(ms >= 700 && ms < 10_000, "waited about the acknowledgement timeout: " + ms + " ms");
			assertTrue(done.await(10, TimeUnit.SECONDS), "the client closed the connection");
		}
	}

	@Test
	void noHostConfiguredIsSaidPlainly() {
		DeliveryException e = assertThrows(DeliveryException.class,
				() -> new MllpClient(RisSettings.defaults()).send("X", "MSH|", () -> {
				}));
		assertContains(e.getMessage(), "spinerad.ris.host");
	}
}
