package dev.cerulean.server.graph;

/** What a Graph handler answers: a status and a JSON payload (null for no content). */
record GraphResponse(int status, Object body) {
    static GraphResponse ok(Object body) {
        return new GraphResponse(200, body);
    }

    static GraphResponse created(Object body) {
        return new GraphResponse(201, body);
    }

    static GraphResponse noContent() {
        return new GraphResponse(204, null);
    }
}
