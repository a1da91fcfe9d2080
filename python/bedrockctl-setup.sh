# Source this file (bash or zsh) to get the `bedrockctl` shell function:
#   source <bedrock>/python/bedrockctl-setup.sh
#   bedrockctl activate tcp://127.0.0.1:1234     # or a group file; sets BEDROCKCTL_CONNECTION
#   bedrockctl show
#   bedrockctl deactivate
_BEDROCKCTL_PYTHONPATH="$(cd "$(dirname "${BASH_SOURCE[0]:-${(%):-%x}}")" && pwd)"

bedrockctl() {
    if [ "$1" = "activate" ]; then
        if [ -z "$2" ]; then
            echo "usage: bedrockctl activate ADDRESS|GROUPFILE" >&2
            return 2
        fi
        export BEDROCKCTL_CONNECTION="$2"
    elif [ "$1" = "deactivate" ]; then
        unset BEDROCKCTL_CONNECTION
    else
        PYTHONPATH="$_BEDROCKCTL_PYTHONPATH${PYTHONPATH:+:$PYTHONPATH}" \
            python3 -m mochi.bedrock.bedrockctl "$@"
    fi
}
