package org.spinerad.ris.internal.cli;

import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.spinerad.cli.CliCommand;
import org.spinerad.cli.CliException;
import org.spinerad.cli.CommandContext;
import org.spinerad.cli.Options;
import org.spinerad.ris.internal.orders.OrderHandler;
import org.spinerad.ris.internal.orders.OrderListener;
import org.spinerad.ris.internal.orders.OrderReader;
import org.spinerad.ris.internal.orders.OrderSettings;
import org.spinerad.ris.internal.orders.Worklist;
import org.spinerad.store.ReportStore;

/**
 * {@code cli orders listen}: takes orders from the RIS (HL7 v2 over MLLP) into
 * the report store without the workstation, until the process is stopped.
 */
@Component(service = CliCommand.class)
public final class OrdersCommand implements CliCommand {

	@Reference
	volatile ReportStore store;

	@Override
	public String name() {
		return "orders";
	}

	@Override
	public String summary() {
		return "Take orders from the RIS (HL7 v2 ORM^O01, OMI^O23, ADT^A08 over MLLP) into the worklist";
	}

	@Override
	public String usage() {
		return """
				Usage: spinerad cli orders listen [--port PORT] [--bind ADDRESS] [--procedures CODE,CODE...]

				Listens for HL7 v2 messages from the RIS over MLLP and answers each with an
				acknowledgement: a new order (ORM^O01 or OMI^O23, ORC-1 NW or XO) becomes an
				unreported entry of the worklist in the report store, the same order again stays
				one entry; a cancelled order (CA, OC, DC, OD) removes its entry while it is
				unreported; ADT^A08 updates the patient of the unsigned reports. AA when done,
				AE with the reason when the message lacks what is needed, AR for a message that
				is no HL7 or of another type. Runs until the process is stopped (Ctrl+C).

				Options:
				  --port PORT              the TCP port (default: setting orders.port, else 2576)
				  --bind ADDRESS           listen on this address only (default: all)
				  --procedures CODE,...    the procedure codes (OBR-4.1) taken; others are answered
				                           AE (default: setting orders.procedures, else any)
				""";
	}

	@Override
	public int run(List<String> args, CommandContext context) throws Exception {
		Options options = Options.parse(args, Set.of("port", "bind", "procedures"), Set.of(), name());
		if (options.positional().size() != 1 || !"listen".equals(options.positional().get(0))) {
			throw new CliException(name() + ": say what to do: 'orders listen'; see 'cli help " + name() + "'");
		}
		OrderSettings settings;
		try {
			settings = OrderSettings.fromPreferences();
		} catch (IllegalArgumentException e) {
			throw new CliException(name() + ": " + e.getMessage(), e);
		}
		int port = options.get("port").map(this::port).orElse(settings.port());
		if (port < 0 || port > 65535) {
			throw new CliException(name() + ": --port " + port + " is out of range; give a port from 1 to 65535");
		}
		Set<String> procedures = options.get("procedures").map(OrderSettings::procedures).orElse(settings.procedures());
		InetAddress bind = bind(options.get("bind"));
		OrderHandler handler = new OrderHandler(new OrderReader(procedures), new Worklist(store));
		OrderListener listener;
		try {
			listener = OrderListener.start(handler, bind, port);
		} catch (IOException e) {
			throw new CliException(name() + ": " + e.getMessage(), e);
		}
		CountDownLatch stopped = new CountDownLatch(1);
		Thread hook = new Thread(() -> {
			listener.close();
			stopped.countDown();
		}, "spinerad-orders-stop");
		Runtime.getRuntime().addShutdownHook(hook);
		context.out().println("Listening for orders from the RIS on port " + listener.port() + " (store: "
				+ store.location() + "); stop with Ctrl+C");
		context.out().flush();
		try {
			stopped.await();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		} finally {
			listener.close();
			try {
				Runtime.getRuntime().removeShutdownHook(hook);
			} catch (IllegalStateException e) {
				// the process is stopping
			}
		}
		return OK;
	}

	private int port(String value) {
		try {
			return Integer.parseInt(value.strip());
		} catch (NumberFormatException e) {
			return -1;
		}
	}

	private InetAddress bind(Optional<String> address) throws CliException {
		if (address.isEmpty()) {
			return null;
		}
		try {
			return InetAddress.getByName(address.get());
		} catch (UnknownHostException e) {
			throw new CliException(name() + ": --bind " + address.get()
					+ " is no address of this machine; give an IP address or host name", e);
		}
	}
}
