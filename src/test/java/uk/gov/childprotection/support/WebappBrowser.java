package uk.gov.childprotection.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** A browser's session with the Camunda webapps: cookies kept, Tasklist opened, the login form sent. */
public final class WebappBrowser {

    private final CookieManager cookies = new CookieManager();
    private final HttpClient client = HttpClient.newBuilder().cookieHandler(cookies).build();
    private final String base;

    public WebappBrowser(int port) {
        this.base = "http://localhost:" + port;
    }

    /** Opens Tasklist, as a browser does first: the session begins and the webapp hands out its CSRF cookie. */
    public WebappBrowser openTasklist() throws IOException, InterruptedException {
        client.send(HttpRequest.newBuilder(URI.create(base + "/camunda/app/tasklist/")).build(),
                HttpResponse.BodyHandlers.discarding());
        return this;
    }

    /** Sends Tasklist's login form, with the CSRF token from the cookie or, to test the check, without it. */
    public HttpResponse<String> login(String user, boolean withCsrfToken) throws IOException, InterruptedException {
        return login(user, TestStaff.password(user), withCsrfToken);
    }

    /** Sends Tasklist's login form with this password. */
    public HttpResponse<String> login(String user, String password, boolean withCsrfToken)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create(base + "/camunda/api/admin/auth/user/default/login/tasklist"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password="
                        + java.net.URLEncoder.encode(password, java.nio.charset.StandardCharsets.UTF_8)));
        if (withCsrfToken) {
            request.header("X-XSRF-TOKEN", csrfCookie());
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /**
     * Calls the webapps' engine API ({@code /camunda/api/engine/engine/default} + path) in the signed-in session,
     * as the webapps do: the session changed at login, so a first request fetches its CSRF token.
     */
    public HttpResponse<String> engine(String method, String path, String json)
            throws IOException, InterruptedException {
        HttpResponse<Void> first = client.send(HttpRequest.newBuilder(URI.create(base + "/camunda/api/engine/engine/"))
                .header("X-XSRF-TOKEN", "Fetch").build(), HttpResponse.BodyHandlers.discarding());
        String token = first.headers().firstValue("X-XSRF-TOKEN").orElse(csrfCookie());
        return client.send(HttpRequest.newBuilder(URI.create(base + "/camunda/api/engine/engine/default" + path))
                .header("Content-Type", "application/json").header("X-XSRF-TOKEN", token)
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    public String csrfCookie() {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
                .map(HttpCookie::getValue).findFirst().orElse("");
    }

    public HttpClient client() {
        return client;
    }

    public String base() {
        return base;
    }
}
