/*
 * zmqbench_jni.c - the `jni` backend: a deliberately lean JNI binding to the system libzmq.
 *
 * Java side: zmqbench.jni.Native (static native methods), used by JniContext / JniSocket.
 *
 * Design, and why:
 *
 *  - Handles are raw pointers carried in Java as `long`. No Java object wraps a native struct
 *    and no field is read back from C, so a call costs one JNI transition and nothing else.
 *
 *  - The per-message calls (send, recv) take only primitives: socket handle, native address,
 *    length, flags. Each Java socket owns one direct ByteBuffer whose address it fetched once
 *    (Native.address -> GetDirectBufferAddress) and copies byte[] payloads into/out of it with
 *    ByteBuffer bulk put/get, which the JIT turns into a plain memory copy. So:
 *      * no Java allocation per message (no local references, no array pinning);
 *      * no GetPrimitiveArrayCritical: zmq_send/zmq_recv may block for an unbounded time, and
 *        holding a critical region across a blocking call stalls (or with some collectors,
 *        deadlocks) the garbage collector. A thread inside a plain JNI call is "in native" and
 *        GC proceeds without it, which is exactly what a blocking receive needs.
 *
 *  - Errors: libzmq reports errors through errno; we capture errno immediately after the zmq
 *    call (any JNI call may clobber it) and throw zmqbench.backend.ZmqException(int, String)
 *    with zmq_strerror's text. The class and constructor are looked up once in JNI_OnLoad and
 *    kept as a global reference, so throwing does not search the class path.
 *    EAGAIN is not an error for send/recv (DONTWAIT, or SNDTIMEO/RCVTIMEO expiry): it is
 *    returned as -1. EINTR (a signal arrived during a blocking call; the JVM itself uses
 *    signals) is retried transparently. Note that a retry restarts any SNDTIMEO/RCVTIMEO.
 *
 *  - Strings (endpoints) go through GetStringUTFChars: modified UTF-8 never contains an
 *    embedded NUL, and endpoints are ASCII in practice. These calls are not on the hot path.
 */
#include <jni.h>
#include <zmq.h>

#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define UNUSED(x) ((void) (x))

/* Java handles are jlong; pointers are at most 64 bits on every platform we build for. */
#define PTR(h) ((void *) (intptr_t) (h))
#define HANDLE(p) ((jlong) (intptr_t) (p))

/* Cached in JNI_OnLoad: zmqbench.backend.ZmqException and its (int, String) constructor. */
static jclass zmq_exception_class;
static jmethodID zmq_exception_ctor;

/*
 * Throws ZmqException(err, "<op>(<detail>): <zmq_strerror(err)> (errno <err>)").
 * `detail` (usually the endpoint) may be NULL. If building the exception itself fails, the JVM
 * already has an exception pending (OutOfMemoryError), which then propagates instead.
 */
static void throw_zmq(JNIEnv *env, const char *op, const char *detail, int err)
{
    char message[1024];
    if (detail != NULL) {
        snprintf(message, sizeof message, "%s(%s): %s (errno %d)", op, detail, zmq_strerror(err), err);
    } else {
        snprintf(message, sizeof message, "%s: %s (errno %d)", op, zmq_strerror(err), err);
    }
    jstring text = (*env)->NewStringUTF(env, message);
    if (text == NULL) {
        return;
    }
    jobject exception = (*env)->NewObject(env, zmq_exception_class, zmq_exception_ctor, (jint) err, text);
    if (exception != NULL) {
        (*env)->Throw(env, (jthrowable) exception);
    }
}

JNIEXPORT jint JNICALL JNI_OnLoad(JavaVM *vm, void *reserved)
{
    UNUSED(reserved);
    JNIEnv *env;
    if ((*vm)->GetEnv(vm, (void **) &env, JNI_VERSION_1_8) != JNI_OK) {
        return JNI_ERR;
    }
    /* FindClass here uses the class loader of the class that called System.load (Native's),
     * which also sees zmqbench-core. */
    jclass local = (*env)->FindClass(env, "zmqbench/backend/ZmqException");
    if (local == NULL) {
        return JNI_ERR; /* NoClassDefFoundError pending: System.load fails with it */
    }
    zmq_exception_class = (jclass) (*env)->NewGlobalRef(env, local);
    (*env)->DeleteLocalRef(env, local);
    if (zmq_exception_class == NULL) {
        return JNI_ERR;
    }
    zmq_exception_ctor = (*env)->GetMethodID(env, zmq_exception_class, "<init>", "(ILjava/lang/String;)V");
    if (zmq_exception_ctor == NULL) {
        return JNI_ERR;
    }
    /* No JNI_OnUnload: a library loaded by the application class loader is never unloaded. */
    return JNI_VERSION_1_8;
}

/* ---- library ------------------------------------------------------------------------------ */

/* zmq_version packed as major * 10000 + minor * 100 + patch (Java formats it). */
JNIEXPORT jint JNICALL Java_zmqbench_jni_Native_version(JNIEnv *env, jclass cls)
{
    UNUSED(env);
    UNUSED(cls);
    int major, minor, patch;
    zmq_version(&major, &minor, &patch);
    return (jint) (major * 10000 + minor * 100 + patch);
}

/* zmq_errno: the cheapest call into libzmq, for timing one JNI crossing (zmqbench crossings). */
JNIEXPORT jint JNICALL Java_zmqbench_jni_Native_errno(JNIEnv *env, jclass cls)
{
    UNUSED(env);
    UNUSED(cls);
    return (jint) zmq_errno();
}

/* The native address of a direct ByteBuffer, or 0 if it is not direct. Called once per buffer. */
JNIEXPORT jlong JNICALL Java_zmqbench_jni_Native_address(JNIEnv *env, jclass cls, jobject buffer)
{
    UNUSED(cls);
    return HANDLE((*env)->GetDirectBufferAddress(env, buffer));
}

/* ---- context ------------------------------------------------------------------------------ */

JNIEXPORT jlong JNICALL Java_zmqbench_jni_Native_ctxNew(JNIEnv *env, jclass cls)
{
    UNUSED(cls);
    void *ctx = zmq_ctx_new();
    if (ctx == NULL) {
        throw_zmq(env, "zmq_ctx_new", NULL, errno);
    }
    return HANDLE(ctx);
}

/* Blocks until every socket of the context is closed and lingering messages are flushed
 * (or dropped, per LINGER). EINTR means "interrupted, may be restarted": we restart. */
JNIEXPORT void JNICALL Java_zmqbench_jni_Native_ctxTerm(JNIEnv *env, jclass cls, jlong ctx)
{
    UNUSED(cls);
    int rc;
    do {
        rc = zmq_ctx_term(PTR(ctx));
    } while (rc != 0 && errno == EINTR);
    if (rc != 0) {
        throw_zmq(env, "zmq_ctx_term", NULL, errno);
    }
}

/* ---- socket lifecycle and options --------------------------------------------------------- */

JNIEXPORT jlong JNICALL Java_zmqbench_jni_Native_socket(JNIEnv *env, jclass cls, jlong ctx, jint type)
{
    UNUSED(cls);
    void *socket = zmq_socket(PTR(ctx), (int) type);
    if (socket == NULL) {
        throw_zmq(env, "zmq_socket", NULL, errno);
    }
    return HANDLE(socket);
}

JNIEXPORT void JNICALL Java_zmqbench_jni_Native_close(JNIEnv *env, jclass cls, jlong socket)
{
    UNUSED(cls);
    if (zmq_close(PTR(socket)) != 0) {
        throw_zmq(env, "zmq_close", NULL, errno);
    }
}

/* Every option in zmqbench.backend.SocketOption that takes a number is a C int in zmq.h
 * (the int64/uint64 ones, MAXMSGSIZE and AFFINITY, are not exposed). */
JNIEXPORT void JNICALL Java_zmqbench_jni_Native_setInt(JNIEnv *env, jclass cls, jlong socket, jint option,
                                                        jint value)
{
    UNUSED(cls);
    int v = (int) value;
    if (zmq_setsockopt(PTR(socket), (int) option, &v, sizeof v) != 0) {
        char detail[32];
        snprintf(detail, sizeof detail, "option %d", (int) option);
        throw_zmq(env, "zmq_setsockopt", detail, errno);
    }
}

/* Binary options (SUBSCRIBE, UNSUBSCRIBE, ROUTING_ID). Not on the hot path, so the bytes are
 * simply copied out of the array (into the stack for the usual short values). */
JNIEXPORT void JNICALL Java_zmqbench_jni_Native_setBytes(JNIEnv *env, jclass cls, jlong socket, jint option,
                                                          jbyteArray value)
{
    UNUSED(cls);
    jsize length = (*env)->GetArrayLength(env, value);
    jbyte stack[256];
    jbyte *bytes = stack;
    if ((size_t) length > sizeof stack) {
        bytes = malloc((size_t) length);
        if (bytes == NULL) {
            jclass oom = (*env)->FindClass(env, "java/lang/OutOfMemoryError");
            if (oom != NULL) {
                (*env)->ThrowNew(env, oom, "zmqbench_jni: setsockopt value");
            }
            return;
        }
    }
    (*env)->GetByteArrayRegion(env, value, 0, length, bytes);
    int rc = zmq_setsockopt(PTR(socket), (int) option, bytes, (size_t) length);
    int err = errno;
    if (bytes != stack) {
        free(bytes);
    }
    if (rc != 0) {
        char detail[32];
        snprintf(detail, sizeof detail, "option %d", (int) option);
        throw_zmq(env, "zmq_setsockopt", detail, err);
    }
}

/* True when the last frame received has more frames of the same message after it. */
JNIEXPORT jboolean JNICALL Java_zmqbench_jni_Native_hasMore(JNIEnv *env, jclass cls, jlong socket)
{
    UNUSED(cls);
    int more = 0;
    size_t size = sizeof more;
    if (zmq_getsockopt(PTR(socket), ZMQ_RCVMORE, &more, &size) != 0) {
        throw_zmq(env, "zmq_getsockopt", "ZMQ_RCVMORE", errno);
        return JNI_FALSE;
    }
    return more ? JNI_TRUE : JNI_FALSE;
}

/* ---- bind / connect ----------------------------------------------------------------------- */

/* Binds, then returns ZMQ_LAST_ENDPOINT so that a wildcard ("tcp://127.0.0.1:*") comes back
 * with the port the kernel chose. */
JNIEXPORT jstring JNICALL Java_zmqbench_jni_Native_bind(JNIEnv *env, jclass cls, jlong socket, jstring endpoint)
{
    UNUSED(cls);
    const char *ep = (*env)->GetStringUTFChars(env, endpoint, NULL);
    if (ep == NULL) {
        return NULL; /* OutOfMemoryError pending */
    }
    if (zmq_bind(PTR(socket), ep) != 0) {
        throw_zmq(env, "zmq_bind", ep, errno);
        (*env)->ReleaseStringUTFChars(env, endpoint, ep);
        return NULL;
    }
    /* Long enough for any tcp/ipc/inproc endpoint (ipc paths are limited to ~108 bytes). */
    char last[1024];
    size_t size = sizeof last;
    if (zmq_getsockopt(PTR(socket), ZMQ_LAST_ENDPOINT, last, &size) != 0) {
        throw_zmq(env, "zmq_getsockopt", "ZMQ_LAST_ENDPOINT", errno);
        (*env)->ReleaseStringUTFChars(env, endpoint, ep);
        return NULL;
    }
    (*env)->ReleaseStringUTFChars(env, endpoint, ep);
    last[sizeof last - 1] = '\0';
    return (*env)->NewStringUTF(env, last);
}

JNIEXPORT void JNICALL Java_zmqbench_jni_Native_connect(JNIEnv *env, jclass cls, jlong socket, jstring endpoint)
{
    UNUSED(cls);
    const char *ep = (*env)->GetStringUTFChars(env, endpoint, NULL);
    if (ep == NULL) {
        return;
    }
    if (zmq_connect(PTR(socket), ep) != 0) {
        throw_zmq(env, "zmq_connect", ep, errno);
    }
    (*env)->ReleaseStringUTFChars(env, endpoint, ep);
}

/* zmq_socket_monitor; a null endpoint stops monitoring. */
JNIEXPORT void JNICALL Java_zmqbench_jni_Native_monitor(JNIEnv *env, jclass cls, jlong socket, jstring endpoint,
                                                        jint events)
{
    UNUSED(cls);
    const char *ep = endpoint == NULL ? NULL : (*env)->GetStringUTFChars(env, endpoint, NULL);
    if (endpoint != NULL && ep == NULL) {
        return;
    }
    if (zmq_socket_monitor(PTR(socket), ep, events) != 0) {
        throw_zmq(env, "zmq_socket_monitor", ep == NULL ? "(stop)" : ep, errno);
    }
    if (ep != NULL) {
        (*env)->ReleaseStringUTFChars(env, endpoint, ep);
    }
}

/* ---- the hot path ------------------------------------------------------------------------- */

/* What a zmq_send/zmq_recv result means for Java: the byte count; -1 when it would block
 * (DONTWAIT) or a timeout expired; -1 with a pending ZmqException on a real error. EINTR (a
 * signal, e.g. the JVM's) makes *retry true: the call is simply made again. */
static jint frame_result(JNIEnv *env, int rc, const char *call, int *retry)
{
    *retry = 0;
    if (rc >= 0) {
        return (jint) rc;
    }
    int err = errno;
    if (err == EINTR) {
        *retry = 1;
    } else if (err != EAGAIN) {
        throw_zmq(env, call, NULL, err);
    }
    return -1;
}

/* Sends `length` bytes at native address `address` as one frame (zmq_send copies them, so the
 * caller may reuse its buffer at once). Returns the length, or -1 when it would block
 * (DONTWAIT) or SNDTIMEO expired. */
JNIEXPORT jint JNICALL Java_zmqbench_jni_Native_send(JNIEnv *env, jclass cls, jlong socket, jlong address,
                                                      jint length, jint flags)
{
    UNUSED(cls);
    int retry;
    jint result;
    do {
        result = frame_result(env, zmq_send(PTR(socket), PTR(address), (size_t) length, (int) flags),
                              "zmq_send", &retry);
    } while (retry);
    return result;
}

/* Receives one frame into `capacity` bytes at `address`. Returns the frame's full size, which
 * may exceed `capacity` (the rest is truncated, as zmq_recv does), or -1 when it would block
 * (DONTWAIT) or RCVTIMEO expired. */
JNIEXPORT jint JNICALL Java_zmqbench_jni_Native_recv(JNIEnv *env, jclass cls, jlong socket, jlong address,
                                                      jint capacity, jint flags)
{
    UNUSED(cls);
    int retry;
    jint result;
    do {
        result = frame_result(env, zmq_recv(PTR(socket), PTR(address), (size_t) capacity, (int) flags),
                              "zmq_recv", &retry);
    } while (retry);
    return result;
}
