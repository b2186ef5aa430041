import os

# Qt aborts without a display: every test runs offscreen unless told otherwise.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Scrypt at full cost makes hundreds of logins slow; tests use a cheaper, still salted, setting.
os.environ.setdefault("PS_TEST_FAST_KDF", "1")
