package dev.cerulean.bench;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;

/**
 * One client of a load run: a single HTTP/1.1 connection over TLS, kept alive, that sends a
 * prepared request and reads the whole response (Content-Length or chunked) before the next one.
 * Blocking and allocation-light on purpose: on a 2-core machine the load generator shares the
 * cores with the server, and {@code java.net.http.HttpClient}'s asynchronous machinery cost about
 * as much CPU per request as the server's own work besides signing.
 */
final class KeepAliveHttps implements Closeable {
    /** A response: the status, the body's bytes, its Set-Cookie values and its Location (or null). */
    record Response(int status, byte[] body, java.util.List<String> setCookies, String location) {
        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        boolean bodyContains(String text) {
            return new String(body, StandardCharsets.UTF_8).contains(text);
        }
    }

    private final SSLContext tls;
    private final String host;
    private final int port;
    private SSLSocket socket;
    private InputStream in;
    private OutputStream out;
    private final StringBuilder line = new StringBuilder(128);

    KeepAliveHttps(SSLContext tls, String host, int port) {
        this.tls = tls;
        this.host = host;
        this.port = port;
    }

    /** The bytes of a request with the Host header of this client's server. */
    static byte[] request(String method, String path, String hostAndPort, String headers, String body) {
        byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        String head = method + " " + path + " HTTP/1.1\r\nHost: " + hostAndPort + "\r\n" + headers
                + (body == null ? "" : "Content-Length: " + content.length + "\r\n") + "\r\n";
        byte[] start = head.getBytes(StandardCharsets.US_ASCII);
        byte[] all = new byte[start.length + content.length];
        System.arraycopy(start, 0, all, 0, start.length);
        System.arraycopy(content, 0, all, start.length, content.length);
        return all;
    }

    /** Sends {@code request} and reads its response; reconnects first when the server closed the connection. */
    Response exchange(byte[] request) throws IOException {
        boolean reused = socket != null;
        if (socket == null) connect();
        try {
            out.write(request);
            out.flush();
            return read();
        } catch (IOException e) {
            // a kept-alive connection the server closed while idle: a browser connects again and resends
            close();
            if (!reused) throw e;
            connect();
        }
        try {
            out.write(request);
            out.flush();
            return read();
        } catch (IOException e) {
            close();
            throw e;
        }
    }

    private void connect() throws IOException {
        SSLSocket s = (SSLSocket) tls.getSocketFactory().createSocket();
        s.setTcpNoDelay(true);
        s.connect(new InetSocketAddress(host, port), 5_000);
        s.setSoTimeout(30_000);
        s.startHandshake();
        socket = s;
        in = new BufferedInputStream(s.getInputStream(), 16 * 1024);
        out = s.getOutputStream();
    }

    private Response read() throws IOException {
        String status = readLine();
        if (!status.startsWith("HTTP/1.1 ") || status.length() < 12)
            throw new IOException("bad status line: " + status);
        int code = Integer.parseInt(status.substring(9, 12));
        int length = -1;
        boolean chunked = false, closes = false;
        java.util.List<String> cookies = new java.util.ArrayList<>(2);
        String location = null;
        for (String header = readLine(); !header.isEmpty(); header = readLine()) {
            int colon = header.indexOf(':');
            if (colon < 0) continue;
            String name = header.substring(0, colon).trim().toLowerCase(Locale.ROOT);
            String value = header.substring(colon + 1).trim();
            if (name.equals("content-length")) length = Integer.parseInt(value);
            else if (name.equals("transfer-encoding")) chunked = value.equalsIgnoreCase("chunked");
            else if (name.equals("connection")) closes = value.equalsIgnoreCase("close");
            else if (name.equals("set-cookie")) cookies.add(value);
            else if (name.equals("location")) location = value;
        }
        byte[] body;
        if (chunked) body = chunks();
        else if (length >= 0) body = in.readNBytes(length);
        else throw new IOException("a response without a length on a kept-alive connection");
        if (closes) close();
        return new Response(code, body, cookies, location);
    }

    private byte[] chunks() throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (int size = Integer.parseInt(readLine().split(";")[0].trim(), 16);
                size > 0;
                size = Integer.parseInt(readLine().split(";")[0].trim(), 16)) {
            body.write(in.readNBytes(size));
            readLine();
        }
        while (!readLine().isEmpty()) {
            // trailers
        }
        return body.toByteArray();
    }

    private String readLine() throws IOException {
        line.setLength(0);
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) throw new EOFException("the server closed the connection");
            if (b != '\r') line.append((char) b);
        }
        return line.toString();
    }

    @Override
    public void close() {
        if (socket == null) return;
        try {
            socket.close();
        } catch (IOException e) {
            // closing a connection the run no longer uses
        }
        socket = null;
    }
}
