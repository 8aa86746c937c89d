package org.spinerad.ris.internal.orders;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.spinerad.ris.internal.Ack;
import org.spinerad.ris.internal.MllpClient;

/**
 * Test messages from a RIS, and an MLLP client that sends them over a real
 * loopback connection and reads the acknowledgements.
 */
final class Hl7Orders {

	static final String NAME_FAMILY = "Kowalczyk";
	static final String NAME_GIVEN = "Halina";
	static final String REFERRING = "^Novak^Petra^^^Dr";

	private Hl7Orders() {
	}

	/** @return a segment with the given fields: pairs of field number and value */
	static String segment(String name, Object... fields) {
		int max = 0;
		for (int i = 0; i < fields.length; i += 2) {
			max = Math.max(max, (Integer) fields[i]);
		}
		String[] values = new String[max];
		java.util.Arrays.fill(values, "");
		for (int i = 0; i < fields.length; i += 2) {
			values[(Integer) fields[i] - 1] = (String) fields[i + 1];
		}
		return name + "|" + String.join("|", values);
	}

	static String msh(String type, String controlId) {
		return "MSH|^~\\&|RIS|HOSPITAL|SPINERAD|RADIOLOGY|20261129080000||" + type + "|" + controlId + "|P|2.5.1";
	}

	/** @return a PID with two identifiers (the MR one second), or none for an empty MRN */
	static String pid(String mrn, String family) {
		String ids = mrn.isEmpty() ? "" : "X-" + mrn + "^^^OTHER^PI~" + mrn + "^^^HOSPITAL^MR";
		return segment("PID", 1, "1", 3, ids, 5,
				family + "^" + NAME_GIVEN + "^Maria^^Prof", 7, "19650412", 8, "F");
	}

	/** @return an ORM^O01; accession in OBR-18 and the filler order number; null leaves it out */
	static String orm(String controlId, String orderControl, String mrn, String accession, String procedure) {
		String acc = accession == null ? "" : accession;
		return String.join("\r", msh("ORM^O01", controlId), pid(mrn, NAME_FAMILY),
				segment("PV1", 1, "1", 2, "O", 8, "D123" + REFERRING),
				segment("ORC", 1, orderControl, 2, "P" + acc, 3, acc, 7, "^^^^^S"),
				segment("OBR", 1, "1", 2, "P" + acc, 3, acc, 4, procedure + "^MRI lumbar spine with contrast^L", 18,
						acc, 27, "^^^^^S", 31, "^Back pain and fever, spondylodiscitis?"))
				+ "\r";
	}

	/** @return an OMI^O23 with the accession in IPC-1 and the priority in TQ1-9 */
	static String omi(String controlId, String orderControl, String mrn, String accession, String procedure) {
		return String.join("\r", msh("OMI^O23^OMI_O23", controlId), pid(mrn, NAME_FAMILY),
				segment("PV1", 1, "1", 2, "I"), segment("ORC", 1, orderControl, 2, "P77", 3, "F77", 12, "D9^Ruiz^Ana"),
				segment("TQ1", 1, "1", 9, "A"),
				segment("OBR", 1, "1", 2, "P77", 3, "F77", 4, procedure + "^MRI cervical spine^L", 31,
						"^Known breast cancer, neck pain"),
				segment("IPC", 1, accession, 2, "RP1", 3, "1.2.3.4.5", 4, "SPS1", 5, "MR")) + "\r";
	}

	static String a08(String controlId, String mrn, String family) {
		return String.join("\r", msh("ADT^A08^ADT_A01", controlId), segment("EVN", 1, "A08", 2, "20261129081500"),
				pid(mrn, family), segment("PV1", 1, "1", 2, "O")) + "\r";
	}

	/** Sends messages over one connection, one after the other, and returns the acknowledgements. */
	static List<Ack> send(int port, String... messages) throws Exception {
		List<Ack> acks = new ArrayList<>();
		try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
			socket.setSoTimeout(60_000); // a hung listener fails the test instead of hanging the build
			InputStream in = socket.getInputStream();
			for (String message : messages) {
				socket.getOutputStream().write(MllpClient.frame(message));
				socket.getOutputStream().flush();
				acks.add(Ack.parse(new String(readAck(in), StandardCharsets.UTF_8)));
			}
		}
		return acks;
	}

	static Ack sendOne(int port, String message) throws Exception {
		return send(port, message).get(0);
	}

	/** Sends raw bytes (not necessarily HL7) in one frame. */
	static Ack sendRaw(int port, String payload) throws Exception {
		return sendOne(port, payload);
	}

	private static byte[] readAck(InputStream in) throws IOException {
		byte[] frame = OrderListener.readFrame(in);
		if (frame == null) {
			throw new IOException("the listener closed the connection without an acknowledgement");
		}
		return frame;
	}
}
