package org.spinerad.ris.internal.orders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.spinerad.ris.internal.orders.Hl7Orders.a08;
import static org.spinerad.ris.internal.orders.Hl7Orders.omi;
import static org.spinerad.ris.internal.orders.Hl7Orders.orm;
import static org.spinerad.ris.internal.orders.Hl7Orders.send;
import static org.spinerad.ris.internal.orders.Hl7Orders.sendOne;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;
import org.spinerad.model.Report;
import org.spinerad.model.ReportStatus;
import org.spinerad.model.Sex;
import org.spinerad.ris.internal.Ack;
import org.spinerad.store.ReportStore;
import org.spinerad.store.StoreException;

/**
 * The order listener over real loopback MLLP connections, writing to the real
 * report store service of the test runtime. Every test uses its own accession
 * numbers and medical record numbers.
 */
class OrderListenerTest {

	static final String PROCEDURE = "MRLSC";
	static final Set<String> ALLOWED = Set.of(PROCEDURE, "MRCSC");

	private static ReportStore store;
	private static final Logger LOGS = Logger.getLogger("org.spinerad.ris.internal.orders");
	private final List<String> logged = new CopyOnWriteArrayList<>();
	private final Handler capture = new Handler() {
		@Override
		public void publish(LogRecord record) {
			logged.add(String.valueOf(record.getMessage()));
		}

		@Override
		public void flush() {
		}

		@Override
		public void close() {
		}
	};

	private OrderListener listener;
	private String tag;

	@BeforeAll
	static void findStore() throws Exception {
		BundleContext context = FrameworkUtil.getBundle(OrderListener.class).getBundleContext();
		ServiceTracker<ReportStore, ReportStore> tracker = new ServiceTracker<>(context, ReportStore.class, null);
		tracker.open();
		store = tracker.waitForService(30_000);
		assertNotNull(store, "the report store service is registered");
	}

	@BeforeEach
	void start() throws Exception {
		tag = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
		listener = OrderListener.start(new OrderHandler(new OrderReader(ALLOWED), new Worklist(store)), null, 0);
		LOGS.addHandler(capture);
		LOGS.setLevel(java.util.logging.Level.ALL);
	}

	@AfterEach
	void stop() {
		LOGS.removeHandler(capture);
		listener.close();
	}

	private String acc(String n) {
		return "A" + tag + n;
	}

	private String mrn(String n) {
		return "M" + tag + n;
	}

	private long entries(String accession) throws StoreException {
		return store.list().stream().filter(s -> accession.equals(s.accessionNumber())).count();
	}

	@Test
	void aNewOrderBecomesOneUnreportedEntryEvenWhenSentTwice() throws Exception {
		String accession = acc("1");
		String message = orm("C1" + tag, "NW", mrn("1"), accession, PROCEDURE);
		List<Ack> acks = send(listener.port(), message, message, orm("C2" + tag, "NW", mrn("1"), accession, PROCEDURE));
		for (Ack ack : acks) {
			assertEquals("AA", ack.code(), ack.raw());
		}
		assertEquals("C1" + tag, acks.get(0).controlId());
		assertEquals("worklist entry created", acks.get(0).reason());
		assertEquals("worklist entry updated", acks.get(2).reason());
		assertEquals(1, entries(accession), "the same order twice is one entry");

		Report report = store.load(Worklist.reportId(accession));
		assertEquals(ReportStatus.DRAFT, report.getStatus());
		assertEquals(Hl7Orders.NAME_FAMILY + "^" + Hl7Orders.NAME_GIVEN + "^Maria^Prof", report.getPatient().getName());
		assertEquals(mrn("1"), report.getPatient().getPatientId(), "the MR identifier, not the first one");
		assertEquals(Sex.FEMALE, report.getPatient().getSex());
		assertEquals(Date.from(Instant.parse("1965-04-12T00:00:00Z")), report.getPatient().getBirthDate());
		assertEquals(accession, report.getStudy().getAccessionNumber());
		assertEquals("MRI lumbar spine with contrast", report.getStudy().getStudyDescription());
		assertEquals("Back pain and fever, spondylodiscitis?", report.getStudy().getClinicalIndication());
		assertEquals("Dr Petra Novak", report.getStudy().getReferringPhysician());
		assertTrue(Worklist.untouched(report));

		assertFalse(logged.isEmpty(), "the listener logs its outcomes");
		for (String line : logged) {
			assertFalse(line.contains(Hl7Orders.NAME_FAMILY) || line.contains(mrn("1")) || line.contains(accession),
					"no patient data in the log: " + line);
		}
	}

	@Test
	void anOmiOrderTakesTheAccessionFromIpcAndReadsThePriority() throws Exception {
		String accession = acc("2");
		Ack ack = sendOne(listener.port(), omi("O1" + tag, "NW", mrn("2"), accession, "MRCSC"));
		assertEquals("AA", ack.code(), ack.raw());
		Report report = store.load(Worklist.reportId(accession));
		assertEquals(accession, report.getStudy().getAccessionNumber());
		assertEquals("Known breast cancer, neck pain", report.getStudy().getClinicalIndication());
		assertEquals("Ana Ruiz", report.getStudy().getReferringPhysician());
		assertEquals(org.spinerad.model.StudyPriority.URGENT, report.getStudy().getPriority(), "the worklist shows the order's priority");

		Order order = new OrderReader(ALLOWED).read(
				org.spinerad.ris.internal.Hl7.lenient().getPipeParser().parse(omi("O2", "NW", "M", "A", "MRCSC"))).get(0);
		assertEquals(Order.Priority.URGENT, order.priority());
		Order stat = new OrderReader(ALLOWED).read(org.spinerad.ris.internal.Hl7.lenient().getPipeParser()
				.parse(orm("O3", "NW", "M", "A", PROCEDURE))).get(0);
		assertEquals(Order.Priority.STAT, stat.priority());
	}

	@Test
	void everyOrderOfAMessageIsTakenOrNone() throws Exception {
		String first = acc("M1");
		String second = acc("M2");
		String two = orm("T1" + tag, "NW", mrn("M"), first, PROCEDURE) + Hl7Orders.segment("ORC", 1, "NW", 3, second)
				+ "\r" + Hl7Orders.segment("OBR", 1, "2", 3, second, 4, "MRCSC^MRI cervical spine^L") + "\r";
		String badSecond = orm("T2" + tag, "NW", mrn("M"), acc("M3"), PROCEDURE)
				+ Hl7Orders.segment("ORC", 1, "NW", 3, acc("M4")) + "\r"
				+ Hl7Orders.segment("OBR", 1, "2", 3, acc("M4"), 4, "CT1^CT head^L") + "\r";
		List<Ack> acks = send(listener.port(), two, badSecond);
		assertEquals("AA", acks.get(0).code(), acks.get(0).raw());
		assertEquals("worklist entry created; worklist entry created", acks.get(0).reason());
		assertEquals("MRI cervical spine", store.load(Worklist.reportId(second)).getStudy().getStudyDescription());
		assertEquals(mrn("M"), store.load(Worklist.reportId(second)).getPatient().getPatientId());
		assertEquals(1, entries(first));
		assertEquals("AE", acks.get(1).code());
		assertTrue(acks.get(1).reason().startsWith("order 2: unknown procedure 'CT1'"), acks.get(1).reason());
		assertEquals(0, entries(acc("M3")), "nothing of a message with a bad order is taken");
	}

	@Test
	void badOrdersAreAnsweredAeWithTheReasonAndCreateNothing() throws Exception {
		String accession = acc("3");
		List<Ack> acks = send(listener.port(), orm("B1" + tag, "NW", mrn("3"), null, PROCEDURE),
				orm("B2" + tag, "NW", mrn("3"), accession, "CT999"),
				orm("B3" + tag, "ZZ", mrn("3"), accession, PROCEDURE),
				orm("B4" + tag, "NW", "", accession, PROCEDURE));
		assertEquals(List.of("AE", "AE", "AE", "AE"), acks.stream().map(Ack::code).toList());
		assertEquals("B1" + tag, acks.get(0).controlId());
		assertTrue(acks.get(0).reason().contains("no accession number"), acks.get(0).reason());
		assertTrue(acks.get(0).reason().contains("OBR-18"), acks.get(0).reason());
		assertTrue(acks.get(1).reason().startsWith("unknown procedure 'CT999' in OBR-4"), acks.get(1).reason());
		assertTrue(acks.get(1).reason().contains("MRCSC, MRLSC"), acks.get(1).reason());
		assertTrue(acks.get(2).reason().contains("ORC-1 'ZZ'"), acks.get(2).reason());
		assertTrue(acks.get(3).reason().contains("PID-3"), acks.get(3).reason());
		assertTrue(acks.get(0).raw().contains("\rERR|||101^"), "a missing field in ERR-3: " + acks.get(0).raw());
		assertTrue(acks.get(1).raw().contains("\rERR|||103^"), "a value not in the table in ERR-3: " + acks.get(1).raw());
		assertEquals(0, entries(accession));
	}

	@Test
	void unreadableMessagesAndOtherTypesAreAnsweredAr() throws Exception {
		List<Ack> acks = send(listener.port(), "this is no HL7 message",
				"MSH|^~\\&|RIS|H|S|R|20261129||ORU^R01|R1" + tag + "|P|2.5.1\rPID|1||X\r");
		assertEquals("AR", acks.get(0).code());
		assertTrue(acks.get(0).reason().contains("cannot be read as HL7"), acks.get(0).reason());
		assertEquals("AR", acks.get(1).code());
		assertEquals("R1" + tag, acks.get(1).controlId());
		assertTrue(acks.get(1).reason().contains("ORU^R01"), acks.get(1).reason());
		// the connection still serves the next message
		assertEquals("AA", send(listener.port(), orm("R2" + tag, "NW", mrn("4"), acc("4"), PROCEDURE)).get(0).code());
	}

	@Test
	void aCancelRemovesAnUntouchedEntryMarksOneWithWorkAndRefusesASignedOne() throws Exception {
		String untouched = acc("5");
		String started = acc("6");
		String signed = acc("7");
		int port = listener.port();
		send(port, orm("N1" + tag, "NW", mrn("5"), untouched, PROCEDURE), orm("N2" + tag, "NW", mrn("5"), started,
				PROCEDURE), orm("N3" + tag, "NW", mrn("5"), signed, PROCEDURE));
		Report work = store.load(Worklist.reportId(started));
		work.getImpression().add(org.spinerad.model.ReportFactory.eINSTANCE.createImpressionItem());
		store.save(work);
		Report done = store.load(Worklist.reportId(signed));
		done.setStatus(ReportStatus.FINAL);
		store.save(done);

		List<Ack> acks = send(port, orm("X1" + tag, "CA", mrn("5"), untouched, PROCEDURE),
				orm("X2" + tag, "OC", mrn("5"), started, PROCEDURE), orm("X3" + tag, "CA", mrn("5"), signed, PROCEDURE),
				orm("X4" + tag, "CA", mrn("5"), untouched, PROCEDURE));
		assertEquals(List.of("AA", "AA", "AE", "AA"), acks.stream().map(Ack::code).toList());
		assertEquals(0, entries(untouched));
		assertEquals(Worklist.CANCELLED_REMARK, store.load(Worklist.reportId(started)).getRemark());
		assertTrue(acks.get(2).reason().contains("already reported"), acks.get(2).reason());
		assertEquals(ReportStatus.FINAL, store.load(Worklist.reportId(signed)).getStatus());
		assertTrue(acks.get(3).reason().contains("nothing to cancel"), acks.get(3).reason());
	}

	@Test
	void anAdtUpdateChangesTheDemographicsOfUnsignedReportsOnly() throws Exception {
		String open = acc("8");
		String signed = acc("9");
		String patient = mrn("8");
		send(listener.port(), orm("D1" + tag, "NW", patient, open, PROCEDURE),
				orm("D2" + tag, "NW", patient, signed, PROCEDURE));
		Report done = store.load(Worklist.reportId(signed));
		done.setStatus(ReportStatus.FINAL);
		store.save(done);

		Ack ack = sendOne(listener.port(), a08("U1" + tag, patient, "Kowalska"));
		assertEquals("AA", ack.code(), ack.raw());
		assertEquals("1 unsigned report(s) updated, 1 signed left as signed", ack.reason());
		assertTrue(store.load(Worklist.reportId(open)).getPatient().getName().startsWith("Kowalska^"));
		assertTrue(store.load(Worklist.reportId(signed)).getPatient().getName().startsWith(Hl7Orders.NAME_FAMILY + "^"),
				"a signed report is never changed");

		Ack noId = sendOne(listener.port(), a08("U2" + tag, "", "Kowalska"));
		assertEquals("AE", noId.code());
		assertTrue(noId.reason().contains("PID-3"), noId.reason());
	}

	@Test
	void aBusyPortIsReportedWithTheSettingToChange() throws Exception {
		Exception e = assertThrows(java.io.IOException.class, () -> OrderListener.start(
				new OrderHandler(new OrderReader(Set.of()), new Worklist(store)), null, listener.port()));
		assertTrue(e.getMessage().contains("port " + listener.port()), e.getMessage());
	}
}
